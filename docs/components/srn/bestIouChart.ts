// How well any anchor can fit a WIDER face, by face size: the share of faces whose best anchor reaches
// step one's 0.7 and step two's 0.5, and the mean best IoU; dashed lines at the anchor sizes, 8 and 362 px.
import * as Plot from "@observablehq/plot";
import type { AnchorMatchStats } from "facelab";
import { msg } from "../i18n.js";

/** The three curves of `stats.bestIouBySize`, over face size on a log scale. */
export function bestIouChart(stats: AnchorMatchStats, { width = 640 } = {}): SVGSVGElement | HTMLElement {
  const CURVES = msg.srn.bestIouCurves;
  const rows = stats.bestIouBySize
    .filter((b) => b.faces > 0)
    .flatMap((b) => {
      const size = Math.sqrt(b.lo * b.hi);
      return [b.reach07, b.reach05, b.meanBestIou].map((share, i) => ({ size, what: CURVES[i], share, faces: b.faces }));
    });
  return Plot.plot({
    width: Math.max(360, Math.min(width, 720)),
    height: 280,
    grid: true,
    x: { type: "log", label: msg.srn.faceSizeAxis },
    y: { label: msg.srn.bestIouAxis, domain: [0, 1] },
    color: { legend: true, domain: CURVES, range: ["#34c759", "#4269d0", "#ff725c"] },
    marks: [
      Plot.line(rows, { x: "size", y: "share", stroke: "what", strokeWidth: 2, tip: true }),
      Plot.ruleX([8, 362], { stroke: "#888", strokeDasharray: "3 3" }),
    ],
  });
}
