// Every detector on the same WIDER FACE images as one table (data/wider/detectors.json): trained on
// WIDER FACE train or not, AP of the curve, recall and precision at its own threshold, recall < 16 px.
import * as Inputs from "@observablehq/inputs";
import { msg } from "../i18n.js";
import { pct } from "../pct.js";
import type { SizeRow } from "./widerSizeChart.js";

/** A summary row (the fields shown). */
export interface DetectorRow extends SizeRow {
  widerTrain: boolean | null;
  ap: number | null;
  recall: number | null;
  precision: number | null;
}

/** The rows of `rows`, best AP first. */
export function widerDetectorTable(rows: readonly DetectorRow[]): HTMLElement {
  const h = msg.srn.detectorTable;
  const share = (x: number | null) => (x === null ? "–" : pct(x));
  // Keyed by the translated headers: Inputs.table also shows a column's key (as its title).
  const data = [...rows]
    .sort((a, b) => (b.ap ?? 0) - (a.ap ?? 0))
    .map((r) => ({
      [h.detector]: msg.common.detectorNames[r.name] ?? r.name,
      [h.widerTrain]: r.widerTrain === null ? h.notStated : r.widerTrain ? h.yes : h.no,
      [h.ap]: r.ap === null ? "–" : r.ap.toFixed(3),
      [h.recall]: share(r.recall),
      [h.precision]: share(r.precision),
      [h.small]: share(r.recallBySize["< 16 px"] ?? null),
    }));
  return Inputs.table(data, { layout: "auto", select: false, rows: data.length + 1 });
}
