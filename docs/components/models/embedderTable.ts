// The embedders' LFW View 2 table from data/lfw/embedders.json: one row per model (dlib with flip, as
// facenet's validate_on_lfw can; the others without), plus dlib without flip, so every model can be
// compared on the same footing.
import { formatNumber, msg } from "../i18n.js";
import { pct } from "../pct.js";
import { textTable } from "../textTable.js";

/** A row of data/lfw/embedders.json (the fields the table reads). */
export interface EmbedderRow {
  row: string;
  title: string;
  dimension: number;
  flip: boolean;
  accuracy: { mean: number; std: number };
  val: { mean: number };
  auc: number;
  ratioToDlib: number;
  weightBytes: number;
  quoted?: { accuracy: number; source: string };
  report: string;
  made: string;
}

export interface EmbedderSummary {
  rows: EmbedderRow[];
  dlibWithoutFlip: { accuracy: number; std: number; val: number };
}

/**
 * The table, each model under its short name from `names` (by row, else its full title); `—` where a
 * figure was not measured (dlib without flip has no AUC or timing of its own).
 */
export function embedderTable({ rows, dlibWithoutFlip }: EmbedderSummary, names: Record<string, string> = {}): HTMLTableElement {
  const m = msg.models;
  const dash = "—";
  const body = rows.flatMap((r) => {
    const name = names[r.row] ?? r.title;
    const main = [
      name,
      formatNumber(r.dimension),
      r.flip ? m.yes : m.no,
      `${pct(r.accuracy.mean, 2)} ± ${pct(r.accuracy.std, 2)}`,
      pct(r.val.mean, 1),
      r.auc.toFixed(4),
      `${r.ratioToDlib.toFixed(2)}×`,
      `${formatNumber(r.weightBytes / 1e6, 1)} MB`,
      r.quoted ? pct(r.quoted.accuracy, 2) : dash,
    ];
    if (r.row !== "dlib") return [main];
    const noFlip = [
      `${r.title} ${m.noFlipSuffix}`,
      formatNumber(r.dimension),
      m.no,
      `${pct(dlibWithoutFlip.accuracy, 2)} ± ${pct(dlibWithoutFlip.std, 2)}`,
      pct(dlibWithoutFlip.val, 1),
      dash,
      dash,
      dash,
      dash,
    ];
    return [main, noFlip];
  });
  return textTable("models-table", m.embedderHead, body);
}
