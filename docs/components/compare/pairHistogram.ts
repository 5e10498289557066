// The 6,000 LFW pairs' distances, same person against different people, with the threshold dashed and
// the reader's pair as a blue line.
import { msg } from "../i18n.js";
import * as Plot from "@observablehq/plot";

/** `distances`: results.json's squared distances, 300 same-person pairs then 300 different, per fold. */
export function pairHistogram(
  { distances, threshold, distance }: { distances: readonly number[]; threshold: number; distance: number | null },
  { width = 640 } = {},
) {
  const t = msg.compare;
  const pairs = distances.map((d2, i) => ({ d: Math.sqrt(d2), same: Math.floor(i / 300) % 2 === 0 ? t.same : t.different }));
  return Plot.plot({
    width: Math.max(360, width),
    height: 240,
    y: { label: t.histogramY, grid: true },
    x: { label: t.histogramX, domain: [0, 1] },
    color: { legend: true, domain: [t.same, t.different], range: ["#34c759", "#ff3b30"] },
    marks: [
      Plot.rectY(pairs, Plot.binX<Plot.RectYOptions>({ y: "count" }, { x: "d", fill: "same", fillOpacity: 0.5, thresholds: 64 })),
      Plot.ruleX([threshold], { stroke: "currentColor", strokeDasharray: "4 3" }),
      distance === null ? null : Plot.ruleX([distance], { stroke: "#4269d0", strokeWidth: 3 }),
      distance === null
        ? null
        : Plot.text([distance], { x: (d: number) => d, text: () => t.yourPair, frameAnchor: "top", dy: -2, dx: 4, textAnchor: "start", fill: "#4269d0" }),
    ],
  });
}
