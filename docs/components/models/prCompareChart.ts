// Precision against recall for every WIDER FACE evaluation run, one line each: the area under a line
// is its AP. A single run draws as well as many. Runs at a detector's default threshold are left out:
// their line is the top part of the same detector's low-threshold line.
import * as Plot from "@observablehq/plot";
import { describedChart } from "../accessible.js";
import { msg } from "../i18n.js";
import type { WiderRow } from "./widerRows.js";

export function prCompareChart(allRows: readonly WiderRow[], { width = 640 } = {}) {
  const m = msg.models;
  const rows = allRows.filter((r) => !r.operating);
  const points = rows.flatMap((r) => r.pr.map((p) => ({ recall: p.recall, precision: p.precision, run: r.label })));
  const chart = Plot.plot({
    width: Math.max(320, Math.min(width, 560)),
    height: 320,
    grid: true,
    x: { label: m.recallAxis, domain: [0, 1] },
    y: { label: m.precisionAxis, domain: [0, 1] },
    color: { legend: true, domain: rows.map((r) => r.label) },
    marks: [Plot.line(points, { x: "recall", y: "precision", stroke: "run", strokeWidth: 2 })],
  });
  return describedChart(chart, m.prDescription(rows.map((r) => `${r.label} AP ${r.ap.toFixed(3)}`).join("; ")));
}
