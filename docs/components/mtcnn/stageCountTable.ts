// The cascade at a glance: how many windows each stage of MTCNN passes on, as a table.
import * as Inputs from "@observablehq/inputs";
import type { MtcnnTrace } from "facelab";

/** The boxes after each step of `trace` (no rows without a trace), as `<… id="stage-counts">`. */
export function stageCountTable(trace: MtcnnTrace | null): HTMLElement {
  const rows = trace
    ? [
        { stage: "P-Net windows at or above threshold", count: trace.pnet.scales.reduce((n, s) => n + s.candidates.length, 0) },
        { stage: "… after NMS within each scale", count: trace.pnet.merged.length },
        { stage: "… after NMS across scales → R-Net", count: trace.pnet.boxes.length },
        { stage: "R-Net above threshold", count: trace.rnet.passed.length },
        { stage: "… after NMS → O-Net", count: trace.rnet.kept.length },
        { stage: "O-Net above threshold", count: trace.onet.passed.length },
        { stage: "… after NMS (min) = faces", count: trace.faces.length },
      ]
    : [];
  const table = Inputs.table(rows, {
    columns: ["stage", "count"],
    header: { stage: "stage", count: "boxes" },
    sort: null,
    select: false,
    rows: 8,
    layout: "auto",
  });
  table.id = "stage-counts";
  return table;
}
