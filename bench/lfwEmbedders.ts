/**
 * The LFW comparison of facelab's embedders for the pages: one row per embedder from its `facelab lfw
 * eval --out` report (View 2, 6,000 pairs, 10 folds, squared distance of unit vectors) plus its speed
 * and size from bench/results/embedders.json (same process, same backend, interleaved). Writes
 * data/lfw/embedders.json; the per-embedder reports (every pair's distance, ROC) stay beside it in
 * data/lfw/embedders/<name>.json. Arguments: `<row name>=<eval report>`, e.g.
 *
 *   node --import tsx bench/lfwEmbedders.ts dlib=data/lfw/results.json mobileface=data/lfw/embedders/mobileface.json
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DLIB_INPUT } from "../src/embed/dlibResnet.js";
import { GRAPH_EMBEDDERS, isEmbedderName } from "../src/embed/graphEmbedderSpecs.js";
import { median } from "../src/math/statistics.js";
import { ROOT } from "../harness/paths.js";

const OUT = path.join(ROOT, "data/lfw/embedders.json");
const speed = JSON.parse(readFileSync(path.join(ROOT, "bench/results/embedders.json"), "utf8"));

/** What each network's authors report on LFW, where they do (quoted, not measured here). */
const QUOTED: Record<string, { accuracy: number; source: string }> = {
  dlib: { accuracy: 0.9938, source: "dlib-models README (dlib_face_recognition_resnet_model_v1), LFW 10-fold, mean" },
  mobileface: { accuracy: 0.95466, source: "becauseofAI/MobileFace README, MobileFace_Identification_V3, LFW, marked 'baseline'" },
};

/** How each network's input is cut, in words. */
function crop(name: string): string {
  if (name === "dlib") return `dlib's chip: five landmarks onto dlib's mean face, 25 % padding, ${DLIB_INPUT.size}×${DLIB_INPUT.size}`;
  const spec = GRAPH_EMBEDDERS[name as keyof typeof GRAPH_EMBEDDERS];
  return spec.crop.kind === "arcface"
    ? `five landmarks similarity-warped onto ArcFace's template, ${spec.inputSize}×${spec.inputSize}`
    : `MTCNN box plus ${spec.crop.margin / 2} px per side, stretched to ${spec.inputSize}×${spec.inputSize}`;
}

/** The recorded command with this machine's folders dropped: `…/lfw-deepfunneled` → `lfw-deepfunneled`, `--out <dir>`. */
const shortPaths = (command: string) => command.replace(/\S*\/(lfw-deepfunneled|pairs\.txt)\b/g, "$1").replace(/--out \S+/, "--out <dir>");

const rows = process.argv.slice(2).map((arg) => {
  const [row, file] = arg.split("=");
  const report = JSON.parse(readFileSync(path.resolve(file), "utf8"));
  const embedder: string = report.embedding?.embedder ?? "dlib"; // reports made before --embedder existed are dlib's
  if (!isEmbedderName(embedder)) throw new Error(`${file}: unknown embedder ${embedder}`);
  const s = speed.embedders.find((e: { embedder: string }) => e.embedder === embedder);
  const thresholds: number[] = report.folds.map((f: { threshold: number }) => f.threshold);
  return {
    row,
    embedder,
    title: embedder === "dlib" ? "dlib ResNet (dlib_face_recognition_resnet_model_v1)" : GRAPH_EMBEDDERS[embedder].title,
    crop: crop(embedder),
    dimension: report.dimension,
    flip: report.embedding?.flip ?? null,
    metric: report.metric,
    pairs: report.pairs,
    fallbackFaces: report.fallbackFaces,
    accuracy: report.accuracy,
    val: report.val,
    auc: report.auc,
    eer: report.eer,
    // The 10 folds' thresholds (each chosen on the other nine), squared distance of unit vectors.
    threshold: { median: median(thresholds), min: Math.min(...thresholds), max: Math.max(...thresholds) },
    msPerFace: s ? s.msPerFace.median : null,
    ratioToDlib: s ? s.ratioToDlib : null,
    weightBytes: s ? s.weightBytes : null,
    quoted: QUOTED[embedder] ?? null,
    report: path.relative(path.join(ROOT, "data/lfw"), path.resolve(file)),
    embedCommand: report.embedding?.command ? shortPaths(report.embedding.command) : null,
    made: report.embedding?.date ?? null,
  };
});
// dlib without flip, for the same comparison at the other setting (View 2, from the ablations).
const ablations = JSON.parse(readFileSync(path.join(ROOT, "data/lfw/ablations.json"), "utf8"));
const chip = ablations.rows.find((r: { variant: string; metric: string }) => r.variant === "chip" && r.metric === "euclidean");
const result = {
  what: "LFW View 2 (pairs.txt, 6,000 pairs, 10 folds as facenet's validate_on_lfw), MTCNN detections, each embedder's own crop",
  speed: {
    source: "bench/results/embedders.json (npm run bench:embedders)",
    date: speed.date,
    backend: speed.backend,
    faces: speed.faces,
    rounds: speed.rounds,
    loadAverage: speed.machine.loadAverage,
  },
  rows,
  dlibWithoutFlip: chip ? { ...chip.view2, source: "data/lfw/ablations.json, variant chip, euclidean" } : null,
};
writeFileSync(OUT, JSON.stringify(result, null, 1) + "\n");
for (const r of rows)
  console.log(
    `${r.row.padEnd(12)} ${(100 * r.accuracy.mean).toFixed(2)} % ± ${(100 * r.accuracy.std).toFixed(2)}  VAL ${(100 * r.val.mean).toFixed(1)} % @ FAR ${r.val.far.toExponential(1)}  AUC ${r.auc.toFixed(4)}  thr ${r.threshold.median}  ${r.msPerFace?.toFixed(1)} ms  ${((r.weightBytes ?? 0) / 1e6).toFixed(2)} MB`,
  );
