// "Distances between clusters may mean nothing": for each pair of people of the live map, the distance
// between their centroids in 128-D against on the map, with the correlation; the pairs are returned
// for the farthest-pair exercise. A placeholder until the map has a layout.
import * as Plot from "@observablehq/plot";
import { describedChart } from "../accessible.js";
import { centroidPairs, correlation, type CentroidPair } from "../clusterGeometry.js";
import { msg } from "../i18n.js";
import type { LfwSubset } from "../lfwSubset.js";
import type { TsneLayout } from "../tsneRunner.js";

export function pairFigure(subset: LfwSubset, live: TsneLayout | null, width: number): { element: Element; r: number; pairs: CentroidPair[] } {
  const t = msg.clusters;
  if (!live)
    return { element: Object.assign(document.createElement("p"), { className: "chart-placeholder", textContent: t.waitingForMap }), r: NaN, pairs: [] };
  const pairs = centroidPairs(subset.x, live.y, subset.labels, subset.names);
  const r =
    pairs.length > 2
      ? correlation(
          pairs.map((d) => d.d128),
          pairs.map((d) => d.d2),
        )
      : NaN;
  const chart = Plot.plot({
    width: Math.max(360, Math.min(width, 640)),
    height: 300,
    grid: true,
    x: { label: t.pairX },
    y: { label: t.pairY },
    marks: [Plot.dot(pairs, { x: "d128", y: "d2", r: 1.5, fill: "currentColor", fillOpacity: 0.35, tip: true, title: (d) => `${d.a} – ${d.b}` })],
  });
  return { element: describedChart(chart, t.pairDescription(pairs.length, r.toFixed(2))), r, pairs };
}
