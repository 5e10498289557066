// Precision–recall curves of every detector on the same WIDER FACE images (each record's first run):
// MTCNN drawn thick, the others thin, one colour per detector with a legend.
import * as Plot from "@observablehq/plot";
import { msg } from "../i18n.js";

/** One detector's thinned curve. */
export interface DetectorCurve {
  name: string;
  pr: readonly { precision: number; recall: number }[];
}

/** The colour of each detector, shared by the page's WIDER FACE charts. */
export function detectorColor(names: readonly string[]) {
  return { domain: names.map((n) => msg.common.detectorNames[n] ?? n), scheme: "tableau10" as const, legend: true };
}

/** The curves of `curves`, MTCNN (the first) on top. */
export function widerPrChart(curves: readonly DetectorCurve[], { width = 640 } = {}): SVGSVGElement | HTMLElement {
  const points = curves.flatMap((c) => c.pr.map((p) => ({ detector: msg.common.detectorNames[c.name] ?? c.name, mtcnn: c.name === "mtcnn", ...p })));
  const line = (mtcnn: boolean) =>
    Plot.line(
      points.filter((p) => p.mtcnn === mtcnn),
      { x: "recall", y: "precision", z: "detector", stroke: "detector", strokeWidth: mtcnn ? 3.5 : 1.5, strokeOpacity: mtcnn ? 1 : 0.75, tip: mtcnn },
    );
  return Plot.plot({
    width: Math.max(360, Math.min(width, 720)),
    height: 320,
    grid: true,
    x: { domain: [0, 100], label: msg.srn.recallAxis, percent: true },
    y: { domain: [0, 100], label: msg.srn.precisionAxis, percent: true },
    color: detectorColor(curves.map((c) => c.name)),
    marks: [line(false), line(true)],
  });
}
