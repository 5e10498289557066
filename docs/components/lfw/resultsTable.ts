// The LFW results table: a plain HTML table whose text wraps (the "source" column says where each
// figure comes from, and must stay readable at any width, without horizontal scrolling).
import { msg } from "../i18n.js";
import { textTable } from "../textTable.js";

export interface ResultRow {
  model: string;
  accuracy: string;
  val: string;
  /** Live, precomputed (how, when) or quoted (where from). */
  source: string;
}

/** The rows as a wrapping table. */
export function resultsTable(rows: readonly ResultRow[]): HTMLTableElement {
  return textTable(
    "results-table",
    [msg.lfw.colModel, msg.lfw.colAccuracy, msg.lfw.colVal, msg.lfw.colSource],
    rows.map((r) => [r.model, r.accuracy, r.val, r.source]),
  );
}
