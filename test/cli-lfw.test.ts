/**
 * `facelab lfw embed` and `facelab lfw eval` end to end, spawned as `node --import tsx src/cli/main.ts
 * lfw …` on a tiny LFW-like tree copied from `../shared/lfw/lfw-deepfunneled` (two people plus a
 * third whose first image is garbage): the three artifacts, resuming, `--limit`, the verification
 * report on a handmade pairs file, and exit code 2 for bad invocations. Skips without `../shared`.
 */
import assert from "node:assert/strict";
import { facelab, lines } from "./helpers/cli.js";
import { existsSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import sharp from "sharp";
import { ROOT, SHARED } from "../harness/paths.js";

const LFW = SHARED === null ? null : path.join(SHARED, "lfw/lfw-deepfunneled");
const noLfw = LFW !== null && existsSync(LFW) ? false : "needs ../shared/lfw/lfw-deepfunneled (the LFW photos), absent here";

/** The tree, in path order: 4 + 3 good images, the garbage one 8th, and a 9th that `--limit 8` leaves out. */
const TREE = {
  good: [1, 2, 3, 4].map((i) => `Aaron_Peirsol/Aaron_Peirsol_000${i}.jpg`).concat([1, 2, 3].map((i) => `Abel_Pacheco/Abel_Pacheco_000${i}.jpg`)),
  broken: "Adolfo_Aguilar_Zinser/Adolfo_Aguilar_Zinser_0001.jpg",
  beyondLimit: "Adolfo_Aguilar_Zinser/Adolfo_Aguilar_Zinser_0002.jpg",
};

/** 10 matched and 10 mismatched pairs, alternating so each of the 10 folds holds one of each. */
function pairsFile(): string {
  const same = [
    [1, 2],
    [1, 3],
    [1, 4],
    [2, 3],
    [2, 4],
    [3, 4],
  ]
    .map(([i, j]) => `Aaron_Peirsol\t${i}\t${j}`)
    .concat(
      [
        [1, 2],
        [1, 3],
        [2, 3],
        [1, 2],
      ].map(([i, j]) => `Abel_Pacheco\t${i}\t${j}`),
    );
  const diff = [1, 2, 3, 4].flatMap((i) => [1, 2, 3].map((j) => `Aaron_Peirsol\t${i}\tAbel_Pacheco\t${j}`)).slice(0, 10);
  return ["10\t1", ...same.flatMap((s, k) => [s, diff[k]])].join("\n") + "\n";
}

let tmp = "";
let lfw = "";
let out = "";
before(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), "facelab-cli-lfw-"));
  lfw = path.join(tmp, "lfw");
  out = path.join(tmp, "out");
  if (noLfw !== false) return;
  for (const rel of [...TREE.good, TREE.beyondLimit]) {
    await mkdir(path.dirname(path.join(lfw, rel)), { recursive: true });
    await copyFile(path.join(LFW as string, rel), path.join(lfw, rel));
  }
  await writeFile(path.join(lfw, TREE.broken), Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919 + 13) % 256)));
  await writeFile(path.join(tmp, "pairs.txt"), pairsFile());
});
after(() => rm(tmp, { recursive: true, force: true }));

describe("facelab lfw", { skip: noLfw }, () => {
  test("embed --workers 2 --limit 8 writes the artifacts, names the unreadable file, exits 1", async () => {
    const r = await facelab("lfw", "embed", "--lfw", lfw, "--out", out, "--workers", "2", "--limit", "8");
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /8 images, 0 done before, 8 to go on 2 workers/);
    assert.equal(lines(r.stderr).filter((l) => l.includes(TREE.broken)).length, 1, r.stderr);
    assert.match(r.stdout, /embedded 7 of 8 images .*1 unreadable/);
    const tsv = lines(await readFile(path.join(out, "embeddings.tsv"), "utf8"));
    const rows = tsv.slice(1);
    assert.deepEqual(
      rows.map((l) => l.split("\t")[0]),
      TREE.good,
      "the good images in path order, no others",
    );
    assert.equal((await stat(path.join(out, "embeddings.f32"))).size, rows.length * 128 * 4);
    const thumbs = await sharp(path.join(out, "thumbs.jpg")).metadata();
    assert.deepEqual([thumbs.format, thumbs.width, thumbs.height], ["jpeg", 7 * 32, 32]);
  });

  test("embed again resumes: 8 done before, nothing processed, the log unchanged", async () => {
    const log = await readFile(path.join(out, "progress.jsonl"), "utf8");
    const r = await facelab("lfw", "embed", "--lfw", lfw, "--out", out, "--workers", "2", "--limit", "8");
    assert.match(r.stderr, /8 images, 8 done before, 0 to go/);
    assert.ok(!/progress \d/.test(r.stderr), r.stderr);
    assert.match(r.stdout, /embedded 7 of 8 images/);
    assert.equal(await readFile(path.join(out, "progress.jsonl"), "utf8"), log);
  });

  test("eval on a handmade pairs file prints accuracy, VAL, AUC; --json the full report", async () => {
    const pairs = path.join(tmp, "pairs.txt");
    const [text, json] = await Promise.all([
      facelab("lfw", "eval", "--embeddings", out, "--pairs", pairs),
      facelab("lfw", "eval", "--embeddings", out, "--pairs", pairs, "--json"),
    ]);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /^LFW, 20 pairs, euclidean distance, 128-D embeddings\naccuracy \d+\.\d\d% ± \d+\.\d\d\n/);
    const report = JSON.parse(json.stdout) as { pairs: number; dimension: number; folds: unknown[]; accuracy: { mean: number } };
    assert.deepEqual([report.pairs, report.dimension, report.folds.length], [20, 128, 10]);
    assert.ok(report.accuracy.mean >= 0.8, `two distinct people are told apart (accuracy ${report.accuracy.mean})`);
  });

  test("embed --align margin --margin 44 --prewhiten with two --pairs files embeds their images and records the settings", async () => {
    const pairsA = path.join(tmp, "pairs-a.txt");
    const pairsB = path.join(tmp, "pairs-b.txt");
    await writeFile(pairsA, "1\nAaron_Peirsol\t1\t2\n");
    await writeFile(pairsB, "1\nAaron_Peirsol\t2\tAbel_Pacheco\t3\n");
    const dir = path.join(tmp, "out-margin");
    const r = await facelab(
      "lfw",
      "embed",
      "--lfw",
      lfw,
      "--out",
      dir,
      "--workers",
      "1",
      "--align",
      "margin",
      "--margin",
      "44",
      "--prewhiten",
      "--pairs",
      pairsA,
      "--pairs",
      pairsB,
    );
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /3 images, 0 done before/);
    const settings = JSON.parse(await readFile(path.join(dir, "settings.json"), "utf8"));
    assert.deepEqual([settings.align, settings.margin, settings.standardisation, settings.images], ["margin", 44, "prewhiten", 3]);
    assert.match(settings.command, /^facelab lfw embed --lfw .* --margin 44 --prewhiten --pairs /);
  });

  test("embed --embedder mobileface,faceres detects once and writes a folder per embedder that eval reads", async () => {
    const dir = path.join(tmp, "out-graph");
    const r = await facelab("lfw", "embed", "--lfw", lfw, "--out", dir, "--workers", "1", "--limit", "3", "--embedder", "mobileface,faceres");
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /3 images, 0 done before, 3 to go on 1 workers \(wasm; mobileface, faceres\)/);
    for (const [name, dim] of [
      ["mobileface", 256],
      ["faceres", 1024],
    ] as const) {
      const settings = JSON.parse(await readFile(path.join(dir, name, "settings.json"), "utf8"));
      assert.deepEqual([settings.embedder, settings.images, settings.sharedDetectionWith.length], [name, 3, 1]);
      assert.equal(settings.standardisation, undefined, "dlib's option is not recorded for other embedders");
      assert.equal((await stat(path.join(dir, name, "embeddings.f32"))).size, 3 * dim * 4);
    }
    const pairs = path.join(tmp, "pairs-graph.txt");
    await writeFile(pairs, "1\t1\nAaron_Peirsol\t1\t2\n");
    const e = await facelab("lfw", "eval", "--embeddings", path.join(dir, "faceres"), "--pairs", pairs);
    assert.equal(e.code, 0, e.stderr);
    assert.match(e.stdout, /1024-D embeddings/);
    const again = await facelab("lfw", "embed", "--lfw", lfw, "--out", dir, "--workers", "1", "--limit", "3", "--embedder", "mobileface,faceres");
    assert.match(again.stderr, /3 images, 3 done before, 0 to go/);
  });

  test("embed --faces-from reuses an earlier run's boxes for FaceRes: same rows, same embeddings as detecting", async () => {
    const detected = path.join(tmp, "out-graph", "faceres");
    const dir = path.join(tmp, "out-faces-from");
    const r = await facelab(
      "lfw",
      "embed",
      "--lfw",
      lfw,
      "--out",
      dir,
      "--workers",
      "1",
      "--limit",
      "3",
      "--embedder",
      "faceres",
      "--faces-from",
      path.join(out, "embeddings.tsv"),
    );
    assert.equal(r.code, 0, r.stderr);
    assert.equal(await readFile(path.join(dir, "embeddings.tsv"), "utf8"), await readFile(path.join(detected, "embeddings.tsv"), "utf8"));
    const a = new Float32Array((await readFile(path.join(dir, "embeddings.f32"))).buffer.slice(0));
    const b = new Float32Array((await readFile(path.join(detected, "embeddings.f32"))).buffer.slice(0));
    assert.ok(
      a.every((v, i) => Math.abs(v - b[i]) <= 1e-3 * Math.max(1, Math.abs(b[i]))),
      "the same crops (boxes stored to 2 decimals)",
    );
    const needsLandmarks = await facelab(
      "lfw",
      "embed",
      "--lfw",
      lfw,
      "--out",
      dir,
      "--embedder",
      "mobileface",
      "--faces-from",
      path.join(out, "embeddings.tsv"),
    );
    assert.equal(needsLandmarks.code, 2);
    assert.match(needsLandmarks.stderr, /boxes, not landmarks/);
  });

  test("embed --variants computes several dlib chips in one pass, each the same as its own run", async () => {
    const dir = path.join(tmp, "out-variants");
    const tsv = path.join(out, "embeddings.tsv");
    const common = ["lfw", "embed", "--lfw", lfw, "--workers", "1", "--limit", "3", "--faces-from", tsv];
    const r = await facelab(...common, "--out", dir, "--variants", "dlib68,dlib5+flip,dlib68+jitter2");
    assert.equal(r.code, 0, r.stderr);
    const alone = await facelab(...common, "--out", path.join(tmp, "out-dlib5-flip"), "--landmarks", "dlib5", "--flip");
    assert.equal(alone.code, 0, alone.stderr);
    const jittered = await facelab(...common, "--out", path.join(tmp, "out-jitter"), "--landmarks", "dlib68", "--jitter", "2");
    assert.equal(jittered.code, 0, jittered.stderr);
    const f32 = async (d: string) => new Float32Array((await readFile(path.join(d, "embeddings.f32"))).buffer.slice(0));
    const close = (a: Float32Array, b: Float32Array) => a.length === b.length && a.every((v, i) => Math.abs(v - b[i]) <= 1e-5);
    assert.ok(close(await f32(path.join(dir, "dlib5+flip")), await f32(path.join(tmp, "out-dlib5-flip"))), "dlib5+flip");
    assert.ok(close(await f32(path.join(dir, "dlib68+jitter2")), await f32(path.join(tmp, "out-jitter"))), "the same seeded jitter");
    assert.ok(!close(await f32(path.join(dir, "dlib68")), await f32(path.join(dir, "dlib68+jitter2"))), "jitter changes the embedding");
    const settings = JSON.parse(await readFile(path.join(dir, "dlib5+flip", "settings.json"), "utf8"));
    assert.deepEqual([settings.chipLandmarks, settings.flip, settings.variant], ["dlib5", true, "dlib5+flip"]);
    const refused = await facelab(...common, "--out", dir, "--variants", "mtcnn,dlib68");
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /mtcnn variant needs a fresh detection/);
  });

  test("eval with a pair whose image has no embedding exits 1 naming it", async () => {
    const pairs = path.join(tmp, "pairs-broken.txt");
    await writeFile(pairs, "1\t1\nAdolfo_Aguilar_Zinser\t1\t2\n");
    const r = await facelab("lfw", "eval", "--embeddings", out, "--pairs", pairs);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, "");
    assert.match(r.stderr, /Adolfo_Aguilar_Zinser_0001\.jpg/);
  });
});

describe("facelab lfw usage", () => {
  test("bad invocations exit 2 with nothing on stdout; one stderr line unless it is the help", async () => {
    const cases = [
      ["lfw", "frobnicate"],
      ["lfw", "embed", "--lfw", ROOT],
      ["lfw", "embed", "--lfw", path.join(ROOT, "no-such-dir"), "--out", "x"],
      ["lfw", "embed", "--lfw", ROOT, "--out", "x", "--workers", "0"],
      ["lfw", "embed", "--lfw", ROOT, "--out", "x", "--align", "warp"],
      ["lfw", "embed", "--bogus"],
      ["lfw", "embed", "--lfw", ROOT, "--out", "x", "--margin", "44"],
      ["lfw", "embed", "--lfw", ROOT, "--out", "x", "--align", "margin", "--margin", "-4"],
      ["lfw", "embed", "--lfw", ROOT, "--out", "x", "--embedder", "facenet"],
      ["lfw", "embed", "--lfw", ROOT, "--out", "x", "--embedder", "faceres,faceres"],
      ["lfw", "embed", "--lfw", ROOT, "--out", "x", "--embedder", "faceres", "--prewhiten"],
      ["lfw", "embed", "--lfw", ROOT, "--out", "x", "--landmarks", "dlib99"],
      ["lfw", "embed", "--lfw", ROOT, "--out", "x", "--landmarks", "dlib68", "--align", "margin"],
      ["lfw", "embed", "--lfw", ROOT, "--out", "x", "--landmarks", "dlib5", "--embedder", "faceres"],
      ["lfw", "embed", "--lfw", ROOT, "--out", "x", "--jitter", "3", "--flip"],
      ["lfw", "embed", "--lfw", ROOT, "--out", "x", "--jitter", "0"],
      ["lfw", "embed", "--lfw", ROOT, "--out", "x", "--jitter", "3", "--seed", "-1"],
      ["lfw", "embed", "--lfw", ROOT, "--out", "x", "--variants", "dlib68+spin"],
      ["lfw", "embed", "--lfw", ROOT, "--out", "x", "--variants", "dlib68,dlib68"],
      ["lfw", "embed", "--lfw", ROOT, "--out", "x", "--variants", "dlib68", "--flip"],
      ["lfw", "eval", "--embeddings", "x"],
      ["lfw", "eval", "--embeddings", "x", "--pairs", "p", "--metric", "l1"],
    ];
    for (const r of await Promise.all(cases.map((c) => facelab(...c)))) {
      assert.equal(r.code, 2, r.stderr);
      assert.equal(r.stdout, "");
      assert.equal(lines(r.stderr).length, 1, r.stderr);
    }
    const bare = await facelab("lfw");
    assert.deepEqual([bare.code, bare.stdout], [2, ""]);
    assert.match(bare.stderr, /Usage: facelab lfw/);
  });

  test("lfw --help, lfw embed --help and lfw eval --help print to stdout and exit 0", async () => {
    const [lfwHelp, embed, evaluate] = await Promise.all([facelab("lfw", "--help"), facelab("lfw", "embed", "--help"), facelab("lfw", "eval", "--help")]);
    for (const r of [lfwHelp, embed, evaluate]) assert.equal(r.code, 0, r.stderr);
    assert.match(embed.stdout, /--workers/);
    assert.match(embed.stdout, /--margin M/);
    assert.match(embed.stdout, /--prewhiten/);
    assert.match(embed.stdout, /--embedder NAME/);
    assert.match(evaluate.stdout, /--metric/);
  });
});
