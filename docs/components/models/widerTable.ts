// The detectors' WIDER FACE table: one row per evaluation run (`widerRows`).
import { formatNumber, msg } from "../i18n.js";
import { pct } from "../pct.js";
import { textTable } from "../textTable.js";
import type { WiderRow } from "./widerRows.js";

export function widerTable(rows: readonly WiderRow[]): HTMLTableElement {
  return textTable(
    "models-table",
    msg.models.widerHead,
    rows.map((r) => [
      r.label,
      r.ap.toFixed(3),
      pct(r.recall, 1),
      pct(r.precision, 1),
      formatNumber(r.images),
      formatNumber(r.faces),
      formatNumber(r.detections),
      r.made,
    ]),
  );
}
