// Cold load: each milestone's median seconds after navigation start, cold and warm, the network table,
// and how much sooner the reload shows its first face.
import { barChart } from "./barChart.js";
import { times } from "./benchFigures.js";
import { coldLoadBars, LOAD_COLOURS, type ColdLoad } from "./coldLoadBars.js";
import { loadTable } from "./loadTable.js";
import { richText } from "./richText.js";
import { msg } from "../i18n.js";

export function coldLoadSection(cold: ColdLoad | null, width: number): HTMLDivElement {
  const t = msg.performance;
  const div = document.createElement("div");
  if (!cold) return div;
  div.append(
    barChart(coldLoadBars(cold), { width, axis: t.axisAfterNavigation, colours: LOAD_COLOURS }),
    loadTable(cold),
    richText("p", t.coldVerdict(times(cold.ratios.warmOverColdFirstDetection))),
  );
  return div;
}
