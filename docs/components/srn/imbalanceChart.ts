// Positive, ignored and negative anchors per image on each pyramid level, at both matching steps,
// measured on WIDER FACE (facelab wider stats): one facet per step, a log scale, one line per label.
import * as Plot from "@observablehq/plot";
import type { AnchorMatchStats } from "facelab";
import { msg } from "../i18n.js";

const LABELS = ["positive", "ignored", "negative"] as const;

/** The mean anchors per image of `stats`, by step, level and label. */
export function imbalanceChart(stats: AnchorMatchStats, { width = 640 } = {}): SVGSVGElement | HTMLElement {
  const rows = stats.steps.flatMap((step) =>
    step.levels.flatMap((l) =>
      LABELS.map((label) => ({ step: msg.srn.steps[step.name] ?? step.name, level: l.name, label: msg.srn.labels[label], perImage: l[label] / stats.images })),
    ),
  );
  return Plot.plot({
    width: Math.max(360, width),
    height: 300,
    marginLeft: 60,
    y: { type: "log", label: msg.srn.anchorsPerImage, grid: true },
    x: { label: null },
    fx: { label: null },
    color: { domain: LABELS.map((l) => msg.srn.labels[l]), range: ["#34c759", "#efb118", "#8e8e93"], legend: true },
    marks: [
      Plot.line(rows, { fx: "step", x: "level", y: "perImage", stroke: "label", strokeWidth: 2 }),
      Plot.dot(rows, { fx: "step", x: "level", y: "perImage", fill: "label", r: 4, tip: true }),
    ],
  });
}
