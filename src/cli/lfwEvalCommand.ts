/** `facelab lfw eval`: reads the artifacts of `lfw embed`, runs the 10-fold protocol, reports. */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { decodeF32, parseTsv } from "../lfw/embeddingTable.js";
import { pairDistances, type Metric } from "../lfw/pairDistances.js";
import { parsePairs } from "../lfw/pairs.js";
import { tenFold } from "../metrics/tenFold.js";
import { thresholdGrid } from "../metrics/verification.js";
import { LFW_EVAL_HELP } from "./lfwUsage.js";
import { parseCommand } from "./parseCommand.js";
import { UsageError } from "./usage.js";
import { writeAtomic } from "../node/writeAtomic.js";

const FLAGS = {
  embeddings: { type: "string" },
  pairs: { type: "string" },
  metric: { type: "string" },
  json: { type: "boolean" },
  out: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const read = (file: string) => {
  try {
    return readFileSync(file);
  } catch {
    throw new Error(`${file}: cannot read it`);
  }
};

export async function lfwEvalCommand(argv: string[]): Promise<number> {
  const { values: v } = parseCommand(argv, FLAGS);
  if (v.help) return (process.stdout.write(LFW_EVAL_HELP), 0);
  if (!v.embeddings || !v.pairs) throw new UsageError("--embeddings <dir> and --pairs <pairs.txt> are required");
  const metric = (v.metric ?? "euclidean") as Metric;
  if (metric !== "euclidean" && metric !== "cosine") throw new UsageError(`--metric must be euclidean or cosine, got "${v.metric}"`);
  const rows = parseTsv(read(path.join(v.embeddings, "embeddings.tsv")).toString("utf8"));
  const { data, dim } = decodeF32(new Uint8Array(read(path.join(v.embeddings, "embeddings.f32"))), rows.length);
  const pairs = parsePairs(read(v.pairs).toString("utf8"));
  const { dist, same } = pairDistances(pairs, new Map(rows.map((r, i) => [r.path, i])), data, dim, metric);
  const report = tenFold(dist, same, metric === "cosine" ? { thresholds: thresholdGrid(0, 1, 0.0025), valThresholds: thresholdGrid(0, 1, 0.00025) } : {});
  const settingsFile = path.join(v.embeddings, "settings.json");
  const embedding = existsSync(settingsFile) ? JSON.parse(read(settingsFile).toString("utf8")) : null;
  const result = {
    pairs: pairs.length,
    embedding,
    metric,
    dimension: dim,
    fallbackFaces: rows.filter((r) => r.source === "center-crop").length,
    ...report,
    // every pair's distance, in pairs-file order, for histograms and the mistakes gallery
    distances: Array.from(dist, (d) => +d.toFixed(5)),
  };
  const json = JSON.stringify(result, null, 1);
  if (v.out) await writeAtomic(v.out, new TextEncoder().encode(json + "\n"));
  if (v.json) process.stdout.write(json + "\n");
  else {
    const pct = (x: number) => (100 * x).toFixed(2);
    process.stdout.write(
      `LFW, ${pairs.length} pairs, ${metric} distance, ${dim}-D embeddings\n` +
        `accuracy ${pct(report.accuracy.mean)}% ± ${pct(report.accuracy.std)}\n` +
        `VAL ${pct(report.val.mean)}% ± ${pct(report.val.std)} @ FAR ${report.val.far.toExponential(2)}\n` +
        `AUC ${report.auc.toFixed(4)}, EER ${pct(report.eer)}%\n`,
    );
  }
  return 0;
}
