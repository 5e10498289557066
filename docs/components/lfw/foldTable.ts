// The per-fold results of the 10-fold evaluation: each fold's threshold (chosen on the other nine,
// shown as a plain distance), its accuracy, VAL and FAR.
import * as Inputs from "@observablehq/inputs";
import { scrollable } from "../accessible.js";
import { msg } from "../i18n.js";
import { pct } from "../pct.js";

interface Fold {
  fold: number;
  /** Squared distance. */
  threshold: number;
  accuracy: number;
  val: number;
  far: number;
}

/** A scrollable table of `folds` (results.json). */
export function foldTable(folds: readonly Fold[]): HTMLElement {
  const t = msg.lfw;
  const data = folds.map((f) => ({
    fold: f.fold + 1,
    threshold: Math.sqrt(f.threshold).toFixed(3),
    accuracy: pct(f.accuracy, 2),
    VAL: pct(f.val, 1),
    FAR: f.far.toExponential(1),
  }));
  const header = { fold: t.colFold, threshold: t.colThreshold, accuracy: t.colAccuracy };
  return scrollable(Inputs.table(data, { select: false, sort: null, layout: "auto", rows: 11, header }), t.foldTableName);
}
