/**
 * `facelab embed` end to end, spawned as `node --import tsx src/cli/main.ts embed …`: the detect JSON
 * schema plus a 128-number embedding per face, `--largest`, one line per unreadable file with exit 1,
 * exit 2 for bad options.
 */
import assert from "node:assert/strict";
import { facelab, FIXTURES, lines } from "./helpers/cli.js";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";

type EmbedOut = {
  images: Record<string, { width: number; height: number; faces: { box: number[]; score: number; landmarks: number[][]; embedding: number[] }[] }>;
};

/** Asserts `value` follows the `embed --json` schema. */
function assertSchema(value: unknown): asserts value is EmbedOut {
  const images = (value as { images: Record<string, unknown> }).images;
  assert.equal(typeof images, "object");
  for (const entry of Object.values(images) as EmbedOut["images"][string][]) {
    assert.deepEqual(Object.keys(entry).sort(), ["faces", "height", "width"]);
    for (const face of entry.faces) {
      assert.deepEqual(Object.keys(face).sort(), ["box", "embedding", "landmarks", "score"]);
      assert.equal(face.box.length, 4);
      assert.equal(face.landmarks.length, 5);
      assert.equal(face.embedding.length, 128);
      assert.ok(face.embedding.every(Number.isFinite));
    }
  }
}

let tmp = "";
before(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), "facelab-cli-embed-"));
  await writeFile(path.join(tmp, "notes.txt"), "not a photo\n");
});
after(() => rm(tmp, { recursive: true, force: true }));

describe("facelab embed", { concurrency: true }, () => {
  test("--help prints the options and the schema; the main help lists embed", async () => {
    const [help, main] = await Promise.all([facelab("embed", "--help"), facelab("--help")]);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /--largest/);
    assert.match(help.stdout, /"embedding"/);
    assert.match(main.stdout, /facelab embed/);
  });

  test("bad options exit 2 with one line on stderr and nothing on stdout", async () => {
    const cases = [["embed"], ["embed", "--bogus", "a.jpg"], ["embed", "--min-face", "5", "a.jpg"], ["embed", "--backend", "gpu", "a.jpg"]];
    for (const r of await Promise.all(cases.map((c) => facelab(...c)))) {
      assert.equal(r.code, 2, r.stderr);
      assert.equal(r.stdout, "");
      assert.equal(lines(r.stderr).length, 1, r.stderr);
    }
  });

  test("--json: the detect schema with 128 numbers per face; bad files named one per line, exit 1", async () => {
    const good = [path.join(FIXTURES, "Anthony_Hopkins_0001.jpg"), path.join(FIXTURES, "2007_007763.jpg"), path.join(FIXTURES, "no-faces.jpg")];
    const bad = [path.join(tmp, "notes.txt"), path.join(tmp, "missing.jpg")];
    const r = await facelab("embed", "--json", bad[0], ...good, bad[1]);
    assert.equal(r.code, 1);
    const out: unknown = JSON.parse(r.stdout);
    assertSchema(out);
    assert.deepEqual(Object.keys(out.images), good);
    assert.deepEqual(
      good.map((f) => out.images[f].faces.length),
      [1, 7, 0],
    );
    const errors = lines(r.stderr);
    assert.equal(errors.length, 2, r.stderr);
    bad.forEach((f, i) => assert.ok(errors[i].startsWith("facelab embed: ") && errors[i].includes(f), errors[i]));
  });

  test("--largest keeps only the largest face; its embedding is the same as without the flag", async () => {
    const file = path.join(FIXTURES, "Alberta_Lee_0001.jpg");
    const [all, one] = await Promise.all([facelab("embed", "--json", file), facelab("embed", "--json", "--largest", file)]);
    assert.equal(all.code, 0, all.stderr);
    assert.equal(one.code, 0, one.stderr);
    const a = JSON.parse(all.stdout) as EmbedOut;
    const b = JSON.parse(one.stdout) as EmbedOut;
    assertSchema(b);
    assert.ok(a.images[file].faces.length > 1);
    assert.equal(b.images[file].faces.length, 1);
    const area = (f: { box: number[] }) => (f.box[2] - f.box[0]) * (f.box[3] - f.box[1]);
    const largest = a.images[file].faces.reduce((x, y) => (area(y) > area(x) ? y : x));
    assert.deepEqual(b.images[file].faces[0], largest);
  });

  test("without --json: one summary line per image and per face", async () => {
    const r = await facelab("embed", path.join(FIXTURES, "Anthony_Hopkins_0001.jpg"));
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Anthony_Hopkins_0001\.jpg: 250×250, 1 face\n {2}\[.*\] {2}score .* embedding \[.*, …\] \(128\)/);
  });

  test("two faces or more: a distance matrix follows, as compare.py prints", async () => {
    const [one, two] = [path.join(FIXTURES, "Anthony_Hopkins_0001.jpg"), path.join(FIXTURES, "Alberta_Lee_0001.jpg")];
    const r = await facelab("embed", "--largest", one, two);
    assert.equal(r.code, 0, r.stderr);
    const [, matrix] = r.stdout.split("Distance matrix");
    assert.ok(matrix, r.stdout);
    assert.match(r.stdout, /Faces:\n0: .*Anthony_Hopkins_0001\.jpg\n1: .*Alberta_Lee_0001\.jpg\n/);
    const rows = matrix
      .trim()
      .split("\n")
      .slice(2)
      .map((l) => l.trim().split(/\s+/).slice(1).map(Number));
    assert.deepEqual([rows[0][0], rows[1][1]], [0, 0]);
    assert.equal(rows[0][1], rows[1][0]);
    assert.ok(rows[0][1] > 0.6, `two different people are further apart than dlib's 0.6 (${rows[0][1]})`);
    const single = await facelab("embed", one);
    assert.ok(!single.stdout.includes("Distance matrix"), "one face: no matrix");
  });
});
