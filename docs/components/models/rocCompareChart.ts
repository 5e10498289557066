// The embedders' ROC curves on one log false-accept axis: at FAR = 10⁻³ (dashed) the curves are far
// apart even when the accuracies are within a point, which is why FaceNet reports VAL@FAR.
import * as Plot from "@observablehq/plot";
import { describedChart } from "../accessible.js";
import { msg } from "../i18n.js";
import { pct } from "../pct.js";
import { tprAtFar, type RocXY } from "./embedderRoc.js";

export interface ModelRoc {
  name: string;
  roc: RocXY[];
}

const SUPERSCRIPT: Record<string, string> = { "-": "⁻", "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴" };
/** A decade as students write it (10⁻³, not Plot's SI "1m"). */
const decade = (d: number): string => (d === 1 ? "1" : `10${[...String(Math.round(Math.log10(d)))].map((c) => SUPERSCRIPT[c] ?? c).join("")}`);

/** One line per model; the smallest non-zero FAR of 3,000 different pairs is 1/3000, hence the domain. */
export function rocCompareChart(models: readonly ModelRoc[], { width = 640 } = {}) {
  const m = msg.models;
  const points = models.flatMap(({ name, roc }) => roc.filter((p) => p.fpr > 0).map((p) => ({ ...p, name })));
  const chart = Plot.plot({
    width: Math.max(320, Math.min(width, 560)),
    height: 340,
    grid: true,
    x: { label: m.farAxis, type: "log", domain: [3e-4, 1], ticks: [1e-3, 1e-2, 1e-1, 1], tickFormat: decade },
    y: { label: m.tarAxis, domain: [0.5, 1.001] },
    color: { legend: true, domain: models.map((d) => d.name), range: ["#4269d0", "#ff725c", "#3ca951", "#a463f2"] },
    marks: [Plot.line(points, { x: "fpr", y: "tpr", stroke: "name", strokeWidth: 2 }), Plot.ruleX([1e-3], { stroke: "#6e6e73", strokeDasharray: "3 3" })],
  });
  const readings = models.map(({ name, roc }) => `${name} ${pct(tprAtFar(roc, 1e-3), 1)}`).join("; ");
  return describedChart(chart, m.rocDescription(readings));
}
