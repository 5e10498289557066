// "Cluster sizes mean nothing": for each person of the live map, the spread of their faces in 128-D
// against on the map, with the correlation between the two; a placeholder until the map has a layout.
import * as Plot from "@observablehq/plot";
import { describedChart } from "../accessible.js";
import { correlation, personSpreads } from "../clusterGeometry.js";
import { msg } from "../i18n.js";
import type { LfwSubset } from "../lfwSubset.js";
import type { TsneLayout } from "../tsneRunner.js";

export function spreadFigure(subset: LfwSubset, live: TsneLayout | null, width: number): { element: Element; r: number } {
  const t = msg.clusters;
  if (!live) return { element: Object.assign(document.createElement("p"), { className: "chart-placeholder", textContent: t.waitingForMap }), r: NaN };
  const spreads = personSpreads(subset.x, live.y, subset.labels, subset.names);
  const r =
    spreads.length > 2
      ? correlation(
          spreads.map((d) => d.spread128),
          spreads.map((d) => d.spread2),
        )
      : NaN;
  const chart = Plot.plot({
    width: Math.max(360, Math.min(width, 640)),
    height: 300,
    grid: true,
    x: { label: t.spreadX },
    y: { label: t.spreadY, type: "log", tickFormat: ".2f" },
    marks: [Plot.dot(spreads, { x: "spread128", y: "spread2", fill: "currentColor", fillOpacity: 0.6, tip: true, title: (d) => t.photosOf(d.name, d.count) })],
  });
  return { element: describedChart(chart, t.spreadDescription(spreads.length, r.toFixed(2))), r };
}
