// The rows of the LFW results table: this page's measurement first, then the published figures it is
// compared with, each saying where it comes from (precomputed here, or quoted with its source).
import type { FACENET_PAPER_LFW, FACENET_RELEASES } from "facelab";
import { msg } from "../i18n.js";
import { pct } from "../pct.js";
import type { ResultRow } from "./resultsTable.js";

type Release = (typeof FACENET_RELEASES)[number];

interface Results {
  accuracy: { mean: number; std: number };
  val: { mean: number; std: number };
  embedding: { date: string };
}

/** Ours, the FaceNet paper, two facenet releases, the course report's run, dlib's own figure. */
export function resultRows(results: Results, releases: readonly Release[], paper: typeof FACENET_PAPER_LFW): ResultRow[] {
  const t = msg.lfw;
  const release = (name: string): ResultRow => {
    const r = releases.find((x) => x.name === name) as Release;
    return {
      model: t.releaseModel(r.name, r.trainingSet),
      accuracy: `${pct(r.lfw.accuracy, 2)}${r.lfw.sd ? ` ± ${pct(r.lfw.sd, 2)}` : ""}`,
      val: r.valAtFar1e3 ? pct(r.valAtFar1e3, 2) : "—",
      source: r.source.startsWith("facenet wiki") ? t.releaseSourceWiki : t.releaseSourceReadme,
    };
  };
  return [
    {
      model: t.oursModel,
      accuracy: `${pct(results.accuracy.mean, 2)} ± ${pct(results.accuracy.std, 2)}`,
      val: `${pct(results.val.mean, 2)} ± ${pct(results.val.std, 2)}`,
      source: t.oursSource(results.embedding.date),
    },
    { model: t.paperModel, accuracy: `${paper.aligned.mean.toFixed(2)} % ± ${paper.aligned.plusMinus}`, val: "—", source: t.paperSource },
    release("20180402-114759"),
    release("20180408-102900"),
    { model: t.reportModel, accuracy: "98.50 % ± 0.66", val: "—", source: t.reportSource },
    { model: t.dlibModel, accuracy: "99.38 % ± 0.27", val: "—", source: t.dlibSource },
  ];
}
