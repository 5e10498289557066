// View 2 accuracy of each measured variant as a dot with its ± 1 std bar over the 10 folds, both
// metrics, beside the figures quoted for facenet's release and the course report's run.
import { msg } from "../i18n.js";
import * as Plot from "@observablehq/plot";
import { describedChart } from "../accessible.js";
import { type AblationRow, variantLabel } from "./variantLabel.js";

export interface QuotedRun {
  label: string;
  accuracy: number;
  std: number;
}

/** Dots ± std for `rows` with View 2 results and for `quoted` (grey), accuracy on x. */
export function ablationChart(rows: readonly AblationRow[], quoted: readonly QuotedRun[], { width = 640 } = {}) {
  const t = msg.fromFacenet;
  const metric = (m: string) => msg.lfw.metrics[m] ?? m;
  const points = [
    ...rows.flatMap((r) =>
      r.view2 ? [{ label: `${variantLabel(r)} · ${metric(r.metric)}`, kind: metric(r.metric), accuracy: r.view2.accuracy, std: r.view2.std }] : [],
    ),
    ...quoted.map((q) => ({ label: q.label, kind: t.quoted, accuracy: q.accuracy, std: q.std })),
  ];
  const chart = Plot.plot({
    width: Math.max(360, width),
    height: 40 + 34 * new Set(points.map((p) => p.label)).size,
    marginLeft: 330,
    // In percent (the unit of a `percent` scale), from a whole point below the worst bar to 100: the crop ablations fall far below the others.
    x: {
      label: t.accuracyAxis,
      domain: [Math.floor(100 * Math.min(...points.map((p) => p.accuracy - p.std))), 100],
      grid: true,
      percent: true,
    },
    y: { label: null, domain: [...new Set(points.map((p) => p.label))] },
    color: {
      legend: true,
      domain: [...["euclidean", "cosine", "cosine, mean subtracted"].map(metric), t.quoted],
      range: ["#4269d0", "#c24e00", "#8a4fa8", "#6b6b6b"],
    },
    marks: [
      Plot.ruleY(points, { y: "label", x1: (d) => d.accuracy - d.std, x2: (d) => d.accuracy + d.std, stroke: "kind", strokeWidth: 2 }),
      Plot.dot(points, { y: "label", x: "accuracy", fill: "kind", r: 4 }),
    ],
  });
  const summary = points.map((p) => `${p.label}: ${(100 * p.accuracy).toFixed(2)} % ± ${(100 * p.std).toFixed(2)}`).join("; ");
  return describedChart(chart, t.chartDescription(summary));
}
