// The ROC curve of the LFW pairs on a log false-accept axis, with the reader's threshold as a dot and
// FAR = 10⁻³ (where VAL is read) as a dashed rule.
import * as Plot from "@observablehq/plot";
import { describedChart } from "../accessible.js";
import { msg } from "../i18n.js";
import { pct } from "../pct.js";
import { confusionAt, type ScoredPair } from "./confusionAt.js";

/** Points (fpr, tpr) at every sixth distinct distance (and the last): enough for a smooth line. */
export function rocCurve(pairs: readonly ScoredPair[]): { fpr: number; tpr: number }[] {
  const same = pairs.filter((p) => p.same).length;
  const different = pairs.length - same;
  const distances = [...new Set(pairs.map((p) => p.d))].sort((x, y) => x - y);
  return distances
    .filter((_, i, a) => i % 6 === 0 || i === a.length - 1)
    .map((d) => {
      const c = confusionAt(pairs, d);
      return { fpr: c.FP / different, tpr: c.TP / same };
    });
}

/** The curve `roc` and the point of threshold `t` (true and false accept rates `tpr`, `fpr`). */
export function rocChart(roc: readonly { fpr: number; tpr: number }[], { t, tpr, fpr }: { t: number; tpr: number; fpr: number }, { width = 640 } = {}) {
  const m = msg.lfw;
  const chart = Plot.plot({
    width: Math.max(360, Math.min(width, 640)),
    height: 340,
    grid: true,
    x: { label: m.farAxis, type: "log", domain: [1e-4, 1] },
    y: { label: m.tarAxis, domain: [0.8, 1.001] },
    marks: [
      Plot.line(
        roc.filter((p) => p.fpr > 0),
        { x: "fpr", y: "tpr", stroke: "#4269d0", strokeWidth: 2 },
      ),
      Plot.ruleX([1e-3], { stroke: "#6e6e73", strokeDasharray: "3 3" }),
      fpr > 0 ? Plot.dot([{ fpr, tpr }], { x: "fpr", y: "tpr", r: 6, fill: "#d70015" }) : null,
    ],
  });
  return describedChart(chart, m.rocDescription(t.toFixed(3), pct(tpr, 2), pct(fpr, 3)));
}
