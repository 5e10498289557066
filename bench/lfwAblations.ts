/**
 * How LFW verification changes with the distance metric, flip augmentation, the crop (dlib's 5-point
 * chip or facenet's box + margin, and the margin's size) and the input standardisation — each measured.
 * Inputs are output folders of `facelab lfw embed`, one per variant; a variant may cover only the
 * images some pairs files use (`--pairs`, repeatable). Updates data/lfw/ablations.json for the pages:
 * the rows of the variants named here are (re)computed, the others are kept as they are.
 *
 *   node --import tsx bench/lfwAblations.ts margin=/tmp/abl-margin margin+flip=/tmp/abl-margin-flip
 *
 * Two scores per variant and metric: the View-2 10-fold protocol (`facelab lfw eval`'s, same threshold
 * grids) where all its images are embedded, and the accuracy at the best single threshold on View 1's
 * 1,000 dev-test pairs where those are (optimistic, but identical for every variant, so a fair
 * yardstick). Each row records the embed command (from the folder's settings.json) and the date.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { decodeF32, parseTsv } from "../src/lfw/embeddingTable.js";
import { type Metric, pairDistances } from "../src/lfw/pairDistances.js";
import { type LfwPair, parsePairs } from "../src/lfw/pairs.js";
import { tenFold } from "../src/metrics/tenFold.js";
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
  /** The network's own fixed input normalisation, or facenet's per-image prewhitening. */
  standardisation?: "fixed" | "prewhiten";
  metric: Metric;
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
  return tenFold(dist, same, metric === "cosine" ? { thresholds: thresholdGrid(0, 1, 0.0025), valThresholds: thresholdGrid(0, 1, 0.00025) } : {});
}

function variantRows(name: string, dir: string): Row[] {
  const e = load(dir);
  const s = e.settings;
  return (["euclidean", "cosine"] as Metric[]).map((metric) => {
    const v2 = covers(e, view2) ? view2Protocol(e, metric) : null;
    return {
      variant: name,
      align: s.align,
      ...(s.align === "margin" ? { margin: s.margin ?? 32 } : {}),
      flip: s.flip,
      standardisation: s.standardisation ?? "fixed",
      metric,
      view2: v2 ? { accuracy: v2.accuracy.mean, std: v2.accuracy.std, val: v2.val.mean } : null,
      devTestBestThreshold: covers(e, devTest) ? bestThreshold(devTest, e, metric) : null,
      made: s.date,
      ...(s.command ? { embedCommand: s.command } : {}),
    };
  });
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
const made = rows.map((r) => r.made ?? "").sort().at(-1) ?? "";
writeFileSync(OUT, JSON.stringify({ made, rows }, null, 1) + "\n");
