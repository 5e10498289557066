/**
 * The committed LFW artifacts are what the code makes: results.json is reproduced exactly from the
 * committed embeddings, and re-embedding a seeded sample of LFW images gives the committed rows.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import { loadEmbedder } from "../src/node/loadEmbedder.js";
import type { DlibEmbedder } from "../src/embed/dlibEmbedder.js";
import { decodeF32, parseTsv } from "../src/lfw/embeddingTable.js";
import { embedImage } from "../src/lfw/embedImage.js";
import { pairDistances } from "../src/lfw/pairDistances.js";
import { parsePairs } from "../src/lfw/pairs.js";
import { tenFold } from "../src/metrics/tenFold.js";
import type { Mtcnn } from "../src/mtcnn/detector.js";
import { loadImage } from "../src/node/loadImage.js";
import { ROOT, SHARED } from "../harness/paths.js";
import { loadDetector } from "./helpers/backend.js";
import { facelab } from "./helpers/cli.js";
import { iou } from "../src/core/box.js";
import type { Box } from "../src/core/types.js";

const DATA = path.join(ROOT, "data/lfw");
const rows = parseTsv(readFileSync(path.join(DATA, "embeddings.tsv"), "utf8"));
const { data, dim } = decodeF32(new Uint8Array(readFileSync(path.join(DATA, "embeddings.f32"))), rows.length);
const results = JSON.parse(readFileSync(path.join(DATA, "results.json"), "utf8"));

test("the committed artifacts cover all 13,233 LFW images with 128-D embeddings", () => {
  assert.equal(rows.length, 13233);
  assert.equal(dim, 128);
  assert.equal(new Set(rows.map((r) => r.path)).size, 13233);
});

test("results.json is reproduced by the 10-fold protocol on the committed embeddings", () => {
  const pairs = parsePairs(readFileSync(path.join(DATA, "pairs.txt"), "utf8"));
  const { dist, same } = pairDistances(pairs, new Map(rows.map((r, i) => [r.path, i])), data, dim, "euclidean");
  const r = tenFold(dist, same);
  assert.equal(r.accuracy.mean, results.accuracy.mean);
  assert.equal(r.val.mean, results.val.mean);
  assert.deepEqual(
    r.folds.map((f) => f.threshold),
    results.folds.map((f: { threshold: number }) => f.threshold),
  );
  assert.ok(results.accuracy.mean >= 0.99, `accuracy ${results.accuracy.mean}`);
});

let mtcnn: Mtcnn;
let embedder: DlibEmbedder;
before(async () => {
  if (!SHARED) return;
  mtcnn = await loadDetector();
  embedder = await loadEmbedder();
});
after(() => {
  mtcnn?.dispose();
  embedder?.dispose();
});

test("re-embedding a seeded sample of LFW gives the committed rows (cosine ≥ 0.999)", { skip: SHARED ? false : "../shared is absent" }, async () => {
  const flip = results.embedding?.flip === true;
  for (let k = 0; k < 12; k++) {
    const i = (k * 7919 + 17) % rows.length; // a fixed spread over the alphabet
    const row = rows[i];
    const pixels = await loadImage(path.join(SHARED as string, "lfw/lfw-deepfunneled", row.path));
    const again = await embedImage(mtcnn, embedder, row.path, pixels, { align: "chip", flip, thumbSize: 32 });
    const committed = data.subarray(i * dim, (i + 1) * dim);
    let dot = 0,
      na = 0,
      nb = 0;
    for (let j = 0; j < dim; j++) {
      dot += committed[j] * again.embedding[j];
      na += committed[j] ** 2;
      nb += again.embedding[j] ** 2;
    }
    assert.ok(dot / Math.sqrt(na * nb) >= 0.999, `${row.path}: cosine ${dot / Math.sqrt(na * nb)}`);
    assert.equal(again.row.source, row.source);
  }
});

test("facelab embed --flip on LFW images gives the committed rows (cosine ≥ 0.999)", { skip: SHARED ? false : "../shared is absent" }, async () => {
  const picks = [101, 6060].map((i) => ({ i, row: rows[i] }));
  const files = picks.map((p) => path.join(SHARED as string, "lfw/lfw-deepfunneled", p.row.path));
  const run = await facelab("embed", "--json", "--flip", ...files);
  assert.equal(run.code, 0, run.stderr);
  const out = JSON.parse(run.stdout) as { images: Record<string, { faces: { box: Box; embedding: number[] }[] }> };
  picks.forEach(({ i, row }, k) => {
    const faces = out.images[files[k]].faces;
    const face = faces.reduce((a, b) => (iou(b.box, row.box) > iou(a.box, row.box) ? b : a));
    const committed = data.subarray(i * dim, (i + 1) * dim);
    const dot = face.embedding.reduce((s, v, j) => s + v * committed[j], 0);
    const cos = dot / (Math.hypot(...face.embedding) * Math.hypot(...committed));
    assert.ok(cos >= 0.999, `${row.path}: cosine ${cos}`);
  });
});
