// MTCNN in Node, one chart per backend: the median ms per photo of each stage, under a heading with the
// total and the first call.
import { barChart } from "./barChart.js";
import { BACKEND_COLOURS, ms, stageBars } from "./benchFigures.js";
import { msg } from "../i18n.js";

export interface NodeRun {
  backend: string;
  warmupMs: number;
  stages: Record<string, { median: number }>;
}

export function nodeStageCharts(runs: readonly NodeRun[], width: number): HTMLDivElement {
  const t = msg.performance;
  const div = document.createElement("div");
  for (const r of runs) {
    const h3 = Object.assign(document.createElement("h3"), { textContent: t.nodeHeading(r.backend, ms(r.stages.total.median), ms(r.warmupMs)) });
    div.append(h3, barChart(stageBars(r.stages, r.backend), { width, axis: t.axisMedianPerPhoto, colours: { [r.backend]: BACKEND_COLOURS[r.backend] } }));
  }
  return div;
}
