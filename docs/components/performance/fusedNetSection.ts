// What fusing bought, per net: fused ÷ separate time of each net's layers summed, one bar per backend,
// and under it each backend's times separate → fused.
import { barChart } from "./barChart.js";
import { BACKEND_COLOURS, ms } from "./benchFigures.js";
import { fusedNetBars, netName, type FusedRun } from "./fusedBars.js";
import { msg } from "../i18n.js";

export function fusedNetSection(runs: readonly FusedRun[], width: number): HTMLDivElement {
  const t = msg.performance;
  const div = document.createElement("div");
  if (!runs.length) return div;
  div.append(barChart(fusedNetBars(runs), { width, axis: t.axisFusedPerNet, colours: BACKEND_COLOURS, rules: [{ value: 1, label: t.ruleNoGain }] }));
  for (const run of runs) {
    const list = Object.entries(run.byNet).map(([net, s]) => `${netName(net)} ${ms(s.separateMs)} → ${ms(s.fusedMs)}`);
    div.append(Object.assign(document.createElement("p"), { className: "muted", textContent: t.fusedByNet(run.backend, list.join(" · ")) }));
  }
  return div;
}
