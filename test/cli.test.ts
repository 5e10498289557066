/**
 * The `facelab` CLI end to end: spawned as `node --import tsx src/cli/main.ts …` on real photos and
 * on broken inputs made in a temp folder. Checks the JSON contract, exit codes, one-line errors and
 * that `align` resumes. Tests on `../shared` photos skip when that folder is absent.
 */
import assert from "node:assert/strict";
import { facelab, FIXTURES, lines } from "./helpers/cli.js";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import sharp from "sharp";

const SHARED = fileURLToPath(new URL("../../shared", import.meta.url));
const noShared = existsSync(path.join(SHARED, "faces")) ? false : `needs ${SHARED}/faces (the shared test photos), absent here`;

/** Asserts `value` follows the `detect --json` schema. */
function assertSchema(
  value: unknown,
): asserts value is { images: Record<string, { width: number; height: number; faces: { box: number[]; score: number; landmarks: number[][] }[] }> } {
  const images = (value as { images: Record<string, unknown> }).images;
  assert.equal(typeof images, "object");
  for (const entry of Object.values(images) as { width: number; height: number; faces: unknown[] }[]) {
    assert.deepEqual(Object.keys(entry).sort(), ["faces", "height", "width"]);
    assert.ok(Number.isInteger(entry.width) && Number.isInteger(entry.height));
    for (const face of entry.faces as { box: number[]; score: number; landmarks: number[][] }[]) {
      assert.deepEqual(Object.keys(face).sort(), ["box", "landmarks", "score"]);
      assert.equal(face.box.length, 4);
      assert.ok(face.score > 0 && face.score <= 1);
      assert.equal(face.landmarks.length, 5);
      face.landmarks.forEach((p) => assert.equal(p.length, 2));
    }
  }
}

let tmp = "";
let bad: Record<string, string> = {};
before(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), "facelab-cli-"));
  bad = {
    empty: path.join(tmp, "empty.jpg"),
    random: path.join(tmp, "random.jpg"),
    text: path.join(tmp, "notes.txt"),
    missing: path.join(tmp, "missing.jpg"),
    truncated: path.join(tmp, "truncated.jpg"),
  };
  await writeFile(bad.truncated, (await readFile(path.join(FIXTURES, "2007_007763.jpg"))).subarray(0, 6000));
  await writeFile(bad.empty, "");
  await writeFile(bad.random, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)));
  await writeFile(bad.text, "not a photo\n");
});
after(() => rm(tmp, { recursive: true, force: true }));

describe("facelab", { concurrency: true }, () => {
  test("--help, <cmd> --help and --version print to stdout and exit 0", async () => {
    const [help, detect, align, version] = await Promise.all([
      facelab("--help"),
      facelab("detect", "--help"),
      facelab("align", "--help"),
      facelab("--version"),
    ]);
    for (const r of [help, detect, align, version]) assert.equal(r.code, 0);
    assert.match(help.stdout, /facelab detect/);
    assert.match(detect.stdout, /--thresholds/);
    assert.match(align.stdout, /--all-faces/);
    assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
  });

  test("invalid options exit 2 with one line on stderr and nothing on stdout", async () => {
    const cases = [
      ["detect", "--min-face", "5", "a.jpg"],
      ["detect", "--factor", "abc", "a.jpg"],
      ["detect", "--thresholds", "0.6,0.7", "a.jpg"],
      ["detect", "--bogus", "a.jpg"],
      ["detect", "--backend", "gpu", "a.jpg"],
      ["detect"],
      ["frobnicate"],
      ["align", "--size", "0", "a", "b"],
      ["align", tmp],
      ["align", bad.missing, tmp],
    ];
    for (const r of await Promise.all(cases.map((c) => facelab(...c)))) {
      assert.equal(r.code, 2, r.stderr);
      assert.equal(r.stdout, "");
      assert.equal(lines(r.stderr).length, 1, r.stderr);
    }
  });

  test("detect --json prints only JSON; bad inputs get one line each, exit 1, the rest still reported", async () => {
    const good = path.join(FIXTURES, "Anthony_Hopkins_0001.jpg");
    const r = await facelab("detect", "--json", bad.empty, good, bad.random, bad.text, bad.missing, bad.truncated);
    assert.equal(r.code, 1);
    const out: unknown = JSON.parse(r.stdout);
    assertSchema(out);
    assert.deepEqual(Object.keys(out.images), [good]);
    assert.deepEqual([out.images[good].width, out.images[good].height, out.images[good].faces.length], [250, 250, 1]);
    out.images[good].faces[0].box.forEach((v, i) => assert.ok(Math.abs(v - [76.265, 63.298, 173.949, 194.066][i]) < 0.5));
    const errors = lines(r.stderr);
    assert.equal(errors.length, 5, r.stderr);
    for (const file of [bad.empty, bad.random, bad.text, bad.missing, bad.truncated])
      assert.ok(
        errors.some((l) => l.includes(file)),
        `${file} is named`,
      );
    assert.ok(!/\n\s+at /.test(r.stderr), "no stack trace");
  });

  test("detect --json --backend cpu keeps tfjs's Node banner off stdout", async () => {
    const r = await facelab("detect", "--json", "--backend", "cpu", path.join(FIXTURES, "no-faces.jpg"));
    assert.equal(r.code, 0, r.stderr);
    assertSchema(JSON.parse(r.stdout));
    assert.ok(!/TensorFlow\.js|Hi there/.test(r.stdout + r.stderr), r.stderr);
  });

  test("detect --json on shared photos: valid schema, exit 0, faces where expected", { skip: noShared }, async () => {
    const files = ["faces/dlib/2007_007763.jpg", "faces/mtcnn-tests/no-faces.jpg", "faces/facenet-pytorch/multiface.jpg"].map((f) => path.join(SHARED, f));
    const r = await facelab("detect", "--json", ...files);
    assert.equal(r.code, 0, r.stderr);
    const out: unknown = JSON.parse(r.stdout);
    assertSchema(out);
    assert.deepEqual(Object.keys(out.images), files);
    assert.equal(out.images[files[0]].faces.length, 7);
    assert.equal(out.images[files[1]].faces.length, 0);
    assert.ok(out.images[files[2]].faces.length >= 5);
  });

  test("detect without --json prints a summary per image and --draw writes the annotated copies", async () => {
    const drawn = path.join(tmp, "drawn");
    const r = await facelab("detect", path.join(FIXTURES, "2007_007763.jpg"), path.join(FIXTURES, "no-faces.jpg"), "--draw", drawn, "--backend", "wasm");
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /2007_007763\.jpg: 500×375, 7 faces/);
    assert.match(r.stdout, /no-faces\.jpg: \d+×\d+, 0 faces/);
    assert.deepEqual((await readdir(drawn)).sort(), ["2007_007763.jpg", "no-faces.jpg"]);
    assert.deepEqual(
      await sharp(path.join(drawn, "2007_007763.jpg"))
        .metadata()
        .then((m) => [m.width, m.height, m.format]),
      [500, 375, "jpeg"],
    );
  });

  test("align keeps person folders, reports bad files, and skips finished outputs when re-run", async () => {
    const inDir = path.join(tmp, "dataset");
    const outDir = path.join(tmp, "aligned");
    await mkdir(path.join(inDir, "Anthony_Hopkins"), { recursive: true });
    await mkdir(path.join(inDir, "Broken"), { recursive: true });
    await cp(path.join(FIXTURES, "Anthony_Hopkins_0001.jpg"), path.join(inDir, "Anthony_Hopkins/Anthony_Hopkins_0001.jpg"));
    await cp(path.join(FIXTURES, "no-faces.jpg"), path.join(inDir, "Anthony_Hopkins/no-faces.jpg"));
    await cp(bad.random, path.join(inDir, "Broken/random.jpg"));
    const first = await facelab("align", inDir, outDir);
    assert.equal(first.code, 1, "one unreadable file");
    assert.match(first.stdout, /aligned\s+1 /);
    assert.match(first.stdout, /no face\s+1\n/);
    assert.match(first.stdout, /unreadable\s+1\n/);
    assert.ok(lines(first.stderr).some((l) => l.includes("Broken/random.jpg")));
    assert.ok(lines(first.stderr).some((l) => l.includes("no-faces.jpg") && /no face/.test(l)));
    const png = path.join(outDir, "Anthony_Hopkins/Anthony_Hopkins_0001.png");
    assert.deepEqual(
      await sharp(png)
        .metadata()
        .then((m) => [m.width, m.height, m.format]),
      [160, 160, "png"],
    );
    const written = (await stat(png)).mtimeMs;
    const again = await facelab("align", inDir, outDir);
    assert.match(again.stdout, /aligned\s+0 /);
    assert.match(again.stdout, /already done\s+1\n/);
    assert.equal((await stat(png)).mtimeMs, written, "the finished output is not rewritten");
  });

  test("align --warp --size 112 writes 112×112 landmark-aligned crops", async () => {
    const inDir = path.join(tmp, "warp-in");
    const outDir = path.join(tmp, "warp-out");
    await mkdir(path.join(inDir, "Ivan"), { recursive: true });
    await cp(path.join(FIXTURES, "ivan.jpg"), path.join(inDir, "Ivan/ivan.jpg"));
    const r = await facelab("align", inDir, outDir, "--warp", "--size", "112");
    assert.equal(r.code, 0, r.stderr);
    const m = await sharp(path.join(outDir, "Ivan/ivan.png")).metadata();
    assert.deepEqual([m.width, m.height], [112, 112]);
  });
});
