// WIDER FACE's training faces by size (√(w·h), half-octave bins); dashed lines at SRN's smallest and
// largest anchors, 8 and 362 px.
import * as Plot from "@observablehq/plot";
import type { FaceShapeStats } from "facelab";
import { msg } from "../i18n.js";

/** The size histogram of `stats`. */
export function faceSizeChart(stats: FaceShapeStats, { width = 640 } = {}): SVGSVGElement | HTMLElement {
  return Plot.plot({
    width: Math.max(360, Math.min(width, 720)),
    height: 240,
    grid: true,
    marginLeft: 56,
    x: { type: "log", label: msg.srn.faceSizeAxis },
    y: { label: msg.srn.facesAxis },
    marks: [
      Plot.rectY(stats.size, { x1: "lo", x2: "hi", y: "count", fill: "#4269d0", inset: 0.5, tip: true }),
      Plot.ruleX([8, 362], { stroke: "#888", strokeDasharray: "3 3" }),
    ],
  });
}
