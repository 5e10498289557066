/**
 * How LFW verification changes with the distance metric, flip augmentation, the crop (dlib's 5-point
 * chip or facenet's box + margin, and the margin's size), where the chip's landmarks come from (MTCNN's
 * five, or dlib-style ones from a 68-point net), dlib's jitter and the input standardisation — each measured.
 * Inputs are output folders of `facelab lfw embed`, one per variant; a variant may cover only the
 * images some pairs files use (`--pairs`, repeatable). Updates data/lfw/ablations.json for the pages:
 * the rows of the variants named here are (re)computed, the others are kept as they are.
 *
 *   node --import tsx bench/lfwAblations.ts margin=/tmp/abl-margin margin+flip=/tmp/abl-margin-flip
 *
 * Two scores per variant and metric: the View-2 10-fold protocol (`facelab lfw eval`'s, same threshold
 * grids) where all its images are embedded, and the accuracy at the best single threshold on View 1's
 * 1,000 dev-test pairs where those are (optimistic, but identical for every variant, so a fair
 * yardstick). Each row records the embed command (from the folder's settings.json, local folders
 * shortened to the names of the LFW files) and the date.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { decodeF32, parseTsv } from "../src/lfw/embeddingTable.js";
import { type Metric, pairDistances } from "../src/lfw/pairDistances.js";
import { type LfwPair, parsePairs } from "../src/lfw/pairs.js";
import { kFolds, tenFold } from "../src/metrics/tenFold.js";
import { rocPoint, thresholdGrid } from "../src/metrics/verification.js";

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const OUT = path.join(ROOT, "data/lfw/ablations.json");
const view2 = parsePairs(readFileSync(path.join(ROOT, "data/lfw/pairs.txt"), "utf8"));
const devTest = parsePairs(readFileSync(path.join(ROOT, "data/lfw/pairsDevTest.txt"), "utf8"));

interface Row {
  variant: string;
  align: "chip" | "margin";
  /** facenet's `--margin` in source pixels (margin crops only). */
  margin?: number;
  flip: boolean;
  /** Where dlib's chip took its landmarks when not MTCNN's: "dlib68" (face-api.js's 68-point net, dlib's 68-point chip) or "dlib5". */
  chipLandmarks?: "dlib68" | "dlib5";
  /** dlib-style jittered copies averaged per image (dlib's `jitter_image`), and the seed. */
  jitter?: number;
  /** The network's own fixed input normalisation, or facenet's per-image prewhitening. */
  standardisation?: "fixed" | "prewhiten";
  /** "cosine, mean subtracted": facenet's `--distance_metric 1 --subtract_mean` (View 2 only). */
  metric: Metric | "cosine, mean subtracted";
  subtractMean?: boolean;
  view2: { accuracy: number; std: number; val: number } | null;
  devTestBestThreshold: number | null;
  /** When the embeddings were made and with what (absent on rows older than this field). */
  made?: string;
  embedCommand?: string;
}

function load(dir: string) {
  const rows = parseTsv(readFileSync(path.join(dir, "embeddings.tsv"), "utf8"));
  const { data, dim } = decodeF32(new Uint8Array(readFileSync(path.join(dir, "embeddings.f32"))), rows.length);
  const settings = JSON.parse(readFileSync(path.join(dir, "settings.json"), "utf8"));
  return { rowOf: new Map(rows.map((r, i) => [r.path, i])), data, dim, settings };
}
type Embeddings = ReturnType<typeof load>;

const covers = (e: Embeddings, pairs: LfwPair[]) => pairs.every((p) => e.rowOf.has(p.a) && e.rowOf.has(p.b));

function bestThreshold(pairs: LfwPair[], e: Embeddings, metric: Metric): number {
  const { dist, same } = pairDistances(pairs, e.rowOf, e.data, e.dim, metric);
  const all = pairs.map((_, i) => i);
  const grid = metric === "cosine" ? thresholdGrid(0, 1, 0.001) : thresholdGrid(0, 4, 0.002);
  return Math.max(...grid.map((t) => rocPoint(t, dist, same, all).accuracy));
}

function view2Protocol(e: Embeddings, metric: Metric) {
  const { dist, same } = pairDistances(view2, e.rowOf, e.data, e.dim, metric);
  return tenFold(dist, same, metric === "cosine" ? COSINE_GRIDS : {});
}

const COSINE_GRIDS = { thresholds: thresholdGrid(0, 1, 0.0025), valThresholds: thresholdGrid(0, 1, 0.00025) };
const sd = (xs: number[]) => {
  const m = xs.reduce((a, b) => a + b, 0) / xs.length;
  return { mean: m, std: Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / xs.length) };
};

/**
 * facenet's `--subtract_mean` with the cosine metric (`calculate_roc` / `calculate_val`): for each fold,
 * the mean of the training folds' (unit) embeddings is subtracted from every embedding before the
 * distances are taken, and that fold is scored with its threshold chosen on the other nine. (On the
 * dev test, whose yardstick is already optimistic, the mean is that of all its pairs.) (With the
 * euclidean metric subtracting a common vector changes no distance, so only cosine is worth a row.)
 */
/** The unit-length embeddings of each pair's two images. */
function unitPairs(e: Embeddings, pairs: LfwPair[]) {
  const unit = (p: string) => {
    const r = e.rowOf.get(p) as number;
    const v = Float64Array.from(e.data.subarray(r * e.dim, (r + 1) * e.dim));
    const n = Math.hypot(...v);
    return v.map((x) => x / n);
  };
  return { a: pairs.map((p) => unit(p.a)), b: pairs.map((p) => unit(p.b)) };
}

/** Cosine distances (angle / π) of every pair after subtracting the mean of the pairs `from` (both images). */
function centredCosine({ a, b }: ReturnType<typeof unitPairs>, from: number[], dim: number): number[] {
  const mean = new Float64Array(dim);
  for (const i of from) for (let k = 0; k < dim; k++) mean[k] += (a[i][k] + b[i][k]) / (2 * from.length);
  return a.map((_, i) => {
    let dot = 0;
    let na = 0;
    let nb = 0;
    for (let k = 0; k < dim; k++) {
      const x = a[i][k] - mean[k];
      const y = b[i][k] - mean[k];
      dot += x * y;
      na += x * x;
      nb += y * y;
    }
    return Math.acos(Math.min(1, Math.max(-1, dot / Math.sqrt(na * nb)))) / Math.PI;
  });
}

/** The dev-test yardstick with mean subtraction: the mean of all dev-test pairs, the best single threshold. */
function devTestSubtractMean(e: Embeddings): number {
  const dist = centredCosine(
    unitPairs(e, devTest),
    devTest.map((_, i) => i),
    e.dim,
  );
  const same = devTest.map((p) => p.same);
  const all = devTest.map((_, i) => i);
  return Math.max(...thresholdGrid(0, 1, 0.001).map((t) => rocPoint(t, dist, same, all).accuracy));
}

function view2SubtractMean(e: Embeddings) {
  const pairs = unitPairs(e, view2);
  const same = view2.map((p) => p.same);
  const folds = kFolds(view2.length, 10);
  const results = folds.map((_, f) => {
    const dist = centredCosine(pairs, folds.filter((_, g) => g !== f).flat(), e.dim);
    return tenFold(dist, same, COSINE_GRIDS).folds[f];
  });
  const acc = sd(results.map((r) => r.accuracy));
  return { accuracy: acc.mean, std: acc.std, val: sd(results.map((r) => r.val)).mean };
}

/** The recorded command with this machine's folders dropped: `…/lfw-deepfunneled` → `lfw-deepfunneled`, `--out <dir>`. */
function shortPaths(command: string): string {
  return command.replace(/\S*\/(lfw-deepfunneled|pairs\.txt|pairsDevTest\.txt)\b/g, "$1").replace(/--out \S+/, "--out <dir>");
}

function variantRows(name: string, dir: string): Row[] {
  const e = load(dir);
  const s = e.settings;
  const rows: Row[] = (["euclidean", "cosine"] as Metric[]).map((metric) => {
    const v2 = covers(e, view2) ? view2Protocol(e, metric) : null;
    return {
      variant: name,
      align: s.align,
      ...(s.align === "margin" ? { margin: s.margin ?? 32 } : {}),
      flip: s.flip,
      ...(s.chipLandmarks ? { chipLandmarks: s.chipLandmarks } : {}),
      ...(s.jitter ? { jitter: s.jitter } : {}),
      standardisation: s.standardisation ?? "fixed",
      metric,
      view2: v2 ? { accuracy: v2.accuracy.mean, std: v2.accuracy.std, val: v2.val.mean } : null,
      devTestBestThreshold: covers(e, devTest) ? bestThreshold(devTest, e, metric) : null,
      made: s.date,
      ...(s.command ? { embedCommand: shortPaths(s.command) } : {}),
    };
  });
  if (covers(e, view2)) {
    const { metric: _, devTestBestThreshold: __, ...cosine } = rows[1];
    const devTestBestThreshold = covers(e, devTest) ? devTestSubtractMean(e) : null;
    rows.push({ ...cosine, metric: "cosine, mean subtracted", subtractMean: true, view2: view2SubtractMean(e), devTestBestThreshold });
  }
  return rows;
}

const previous: { made: string; rows: Row[] } = existsSync(OUT) ? JSON.parse(readFileSync(OUT, "utf8")) : { made: "", rows: [] };
const fresh = new Map<string, Row[]>();
for (const arg of process.argv.slice(2)) {
  const [name, dir] = arg.split("=");
  fresh.set(name, variantRows(name, dir));
  for (const row of fresh.get(name) as Row[]) console.log(JSON.stringify(row));
}
// Kept rows stay where they were (older rows get the file's date); new variants follow in argument order.
const kept = previous.rows.map((r) => ({ ...r, made: r.made ?? previous.made }));
const order = [...new Set([...kept.map((r) => r.variant), ...fresh.keys()])];
const rows = order.flatMap((v) => fresh.get(v) ?? kept.filter((r) => r.variant === v));
const made =
  rows
    .map((r) => r.made ?? "")
    .sort()
    .at(-1) ?? "";
writeFileSync(OUT, JSON.stringify({ made, rows }, null, 1) + "\n");
