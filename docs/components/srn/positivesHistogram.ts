// How many positive anchors a WIDER image gets, one histogram per matching step (octave bins).
import * as Plot from "@observablehq/plot";
import type { AnchorMatchStats } from "facelab";
import { msg } from "../i18n.js";

/** Images by their count of positive anchors, per step of `stats`. */
export function positivesHistogram(stats: AnchorMatchStats, { width = 640 } = {}): SVGSVGElement | HTMLElement {
  const bins = stats.steps.flatMap((s) => s.positivesPerImage.map((b) => ({ ...b, step: msg.srn.steps[s.name] ?? s.name })));
  return Plot.plot({
    width: Math.max(360, Math.min(width, 720)),
    height: 220,
    grid: true,
    marginLeft: 56,
    marginRight: 70,
    x: { type: "log", label: msg.srn.positivesAxis, domain: [1, Math.max(...bins.filter((b) => b.count > 0).map((b) => b.hi))] },
    y: { label: msg.srn.images },
    fy: { label: null },
    marks: [Plot.rectY(bins, { x1: "lo", x2: "hi", y: "count", fy: "step", fill: "#34c759", inset: 0.5, tip: true })],
  });
}
