// The two distance distributions of the LFW pairs (same person, different people) with the protocol's
// threshold as a dashed rule.
import * as Plot from "@observablehq/plot";
import { describedChart } from "../accessible.js";
import { msg } from "../i18n.js";
import type { ScoredPair } from "./confusionAt.js";

/** Overlaid histograms of the pairs' distances, the threshold marked. */
export function pairHistogram(pairs: readonly ScoredPair[], threshold: number, { width = 640 } = {}) {
  const t = msg.lfw;
  const who = (d: ScoredPair) => (d.same ? t.samePerson : t.differentPeople);
  const chart = Plot.plot({
    width: Math.max(360, width),
    height: 260,
    y: { label: t.pairsAxis, grid: true },
    x: { label: t.distanceAxis },
    color: { legend: true, domain: [t.samePerson, t.differentPeople], range: ["#1b7f3b", "#d70015"] },
    marks: [
      Plot.rectY(pairs, Plot.binX<Plot.RectYOptions>({ y: "count" }, { x: "d", fill: who, fillOpacity: 0.6, thresholds: 80 })),
      Plot.ruleX([threshold], { stroke: "currentColor", strokeDasharray: "4 3" }),
      Plot.text([threshold], {
        x: (d: number) => d,
        text: () => t.thresholdMark(threshold.toFixed(3)),
        frameAnchor: "top",
        dy: -4,
        dx: 4,
        textAnchor: "start",
      }),
    ],
  });
  return describedChart(chart, t.histogramDescription(threshold.toFixed(2)));
}
