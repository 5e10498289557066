// The LFW pairs' distances, same person against different people, on one scale, with the thresholds
// that belong to that scale drawn as labelled rules.
import { msg } from "../i18n.js";
import * as Plot from "@observablehq/plot";
import { describedChart } from "../accessible.js";

export interface ThresholdLine {
  x: number;
  label: string;
}

/** Overlaid histograms of `values` (one per pair, with `same`), x labelled `xLabel`, rules at `lines`. */
export function distanceHistogram(
  pairs: readonly { value: number; same: boolean }[],
  {
    xLabel,
    domain,
    lines,
    description,
    width = 640,
  }: { xLabel: string; domain: [number, number]; lines: readonly ThresholdLine[]; description: string; width?: number },
) {
  const t = msg.fromFacenet;
  const data = pairs.map((p) => ({ value: p.value, who: p.same ? t.samePerson : t.differentPeople }));
  const chart = Plot.plot({
    width: Math.max(360, width),
    height: 280,
    marginTop: 20 + 16 * lines.length,
    y: { label: t.lfwPairs, grid: true },
    x: { label: xLabel, domain },
    color: { legend: true, domain: [t.samePerson, t.differentPeople], range: ["#1b7f3b", "#c0392b"] },
    marks: [
      Plot.rectY(data, Plot.binX<Plot.RectYOptions>({ y: "count" }, { x: "value", fill: "who", fillOpacity: 0.55, thresholds: 80, domain })),
      Plot.ruleX(lines, { x: "x", stroke: "currentColor", strokeDasharray: "4 3" }),
      // One text mark per line, stacked above the frame so labels of close thresholds do not overlap.
      ...lines.map((l, i) => Plot.text([l], { x: "x", text: "label", frameAnchor: "top", textAnchor: "start", dx: 4, dy: -8 - 16 * (lines.length - 1 - i) })),
      Plot.ruleY([0]),
    ],
  });
  return describedChart(chart, description);
}
