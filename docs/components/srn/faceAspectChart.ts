// WIDER FACE's training faces by aspect ratio (height / width): the faces beyond 2:1 either way — RFE's
// motivation — in red between dashed lines at 0.5 and 2, the anchors' ratio as a green line.
import * as Plot from "@observablehq/plot";
import { SRN, type FaceShapeStats } from "facelab";
import { msg } from "../i18n.js";

/** The aspect-ratio histogram of `stats`. */
export function faceAspectChart(stats: FaceShapeStats, { width = 640 } = {}): SVGSVGElement | HTMLElement {
  const extreme = (d: { lo: number; hi: number }) => d.hi <= 0.5 || d.lo >= 2;
  return Plot.plot({
    width: Math.max(360, Math.min(width, 720)),
    height: 240,
    grid: true,
    marginLeft: 56,
    x: { type: "log", label: msg.srn.aspectAxis, ticks: [0.25, 0.5, 1, 2, 4], tickFormat: (d: number) => `${d}` },
    y: { label: msg.srn.facesAxis },
    marks: [
      Plot.rectY(stats.aspect, {
        x1: "lo",
        x2: "hi",
        y: "count",
        fill: (d: { lo: number; hi: number }) => (extreme(d) ? "#ff725c" : "#4269d0"),
        inset: 0.5,
        tip: true,
      }),
      Plot.ruleX([0.5, 2], { stroke: "#888", strokeDasharray: "3 3" }),
      Plot.ruleX([SRN.anchorRatio], { stroke: "#34c759", strokeWidth: 2 }),
    ],
  });
}
