/**
 * How LFW verification changes with the distance metric, flip augmentation and alignment mode — each
 * measured. Inputs are output folders of `facelab lfw embed` (made with and without --flip, with
 * --align chip and margin; a variant may cover only the dev-test images, via --pairs). Writes
 * data/lfw/ablations.json for the LFW page.
 *
 *   node --import tsx bench/lfwAblations.ts chip=data/lfw flip=/tmp/lfw-flip margin=/tmp/lfw-margin
 *
 * Two scores per variant: the View-2 10-fold protocol where all its images are embedded, and, for
 * every variant, the accuracy at the best single threshold on View 1's 1,000 dev-test pairs
 * (optimistic, but identical for every variant, so the comparison is fair).
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { decodeF32, parseTsv } from "../src/lfw/embeddingTable.js";
import { pairDistances, type Metric } from "../src/lfw/pairDistances.js";
import { parsePairs, type LfwPair } from "../src/lfw/pairs.js";
import { tenFold } from "../src/metrics/tenFold.js";
import { rocPoint, thresholdGrid } from "../src/metrics/verification.js";

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const view2 = parsePairs(readFileSync(path.join(ROOT, "data/lfw/pairs.txt"), "utf8"));
const devTest = parsePairs(readFileSync(path.join(ROOT, "data/lfw/pairsDevTest.txt"), "utf8"));

function load(dir: string) {
  const rows = parseTsv(readFileSync(path.join(dir, "embeddings.tsv"), "utf8"));
  const { data, dim } = decodeF32(new Uint8Array(readFileSync(path.join(dir, "embeddings.f32"))), rows.length);
  const settings = JSON.parse(readFileSync(path.join(dir, "settings.json"), "utf8"));
  return { rowOf: new Map(rows.map((r, i) => [r.path, i])), data, dim, settings };
}

function bestThreshold(pairs: LfwPair[], e: ReturnType<typeof load>, metric: Metric): number {
  const { dist, same } = pairDistances(pairs, e.rowOf, e.data, e.dim, metric);
  const all = pairs.map((_, i) => i);
  const grid = metric === "cosine" ? thresholdGrid(0, 1, 0.001) : thresholdGrid(0, 4, 0.002);
  return Math.max(...grid.map((t) => rocPoint(t, dist, same, all).accuracy));
}

function view2Protocol(e: ReturnType<typeof load>, metric: Metric) {
  const { dist, same } = pairDistances(view2, e.rowOf, e.data, e.dim, metric);
  return tenFold(dist, same, metric === "cosine" ? { thresholds: thresholdGrid(0, 1, 0.0025), valThresholds: thresholdGrid(0, 1, 0.00025) } : {});
}

const rows = [];
for (const arg of process.argv.slice(2)) {
  const [name, dir] = arg.split("=");
  const e = load(dir);
  for (const metric of ["euclidean", "cosine"] as Metric[]) {
    const v2 = view2.every((p) => e.rowOf.has(p.a) && e.rowOf.has(p.b)) ? view2Protocol(e, metric) : null;
    rows.push({
      variant: name,
      align: e.settings.align,
      flip: e.settings.flip,
      metric,
      view2: v2 ? { accuracy: v2.accuracy.mean, std: v2.accuracy.std, val: v2.val.mean } : null,
      devTestBestThreshold: bestThreshold(devTest, e, metric),
    });
    console.log(JSON.stringify(rows.at(-1)));
  }
}
writeFileSync(path.join(ROOT, "data/lfw/ablations.json"), JSON.stringify({ made: new Date().toISOString().slice(0, 10), rows }, null, 1) + "\n");
