// The cascade at a glance: how many windows each stage of MTCNN passes on, as a table.
import * as Inputs from "@observablehq/inputs";
import type { MtcnnTrace } from "facelab";
import { msg } from "../i18n.js";

/** The boxes after each step of `trace` (no rows without a trace), as `<… id="stage-counts">`. */
export function stageCountTable(trace: MtcnnTrace | null): HTMLElement {
  const counts = trace
    ? [
        trace.pnet.scales.reduce((n, s) => n + s.candidates.length, 0),
        trace.pnet.merged.length,
        trace.pnet.boxes.length,
        trace.rnet.passed.length,
        trace.rnet.kept.length,
        trace.onet.passed.length,
        trace.faces.length,
      ]
    : [];
  const rows = counts.map((count, i) => ({ stage: msg.mtcnn.stageRows[i], count }));
  const table = Inputs.table(rows, {
    columns: ["stage", "count"],
    header: { stage: msg.mtcnn.stageHeader, count: msg.mtcnn.boxesHeader },
    sort: null,
    select: false,
    rows: 8,
    layout: "auto",
  });
  table.id = "stage-counts";
  return table;
}
