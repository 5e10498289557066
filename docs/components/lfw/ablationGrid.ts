// The whole grid of measured pipeline choices (data/lfw/ablations.json) as a scrollable table: the
// crop (and the landmarks placing dlib's chip), the input standardisation, the flip or jitter, the
// metric, View 2's 10-fold accuracy and VAL, and the dev-test accuracy.
import * as Inputs from "@observablehq/inputs";
import { scrollable } from "../accessible.js";
import { msg } from "../i18n.js";
import { pct } from "../pct.js";
import type { AblationRow } from "./alignmentCost.js";

/** One line per variant and metric, in file order. */
export function ablationGrid(rows: readonly AblationRow[]): HTMLElement {
  const t = msg.lfw;
  const data = rows.map((r) => ({
    alignment:
      r.align === "margin"
        ? t.alignMargin(r.margin ?? 32)
        : r.chipLandmarks === "dlib68"
          ? t.alignChip68
          : r.chipLandmarks === "dlib5"
            ? t.alignChip5
            : t.alignChip,
    standardisation: r.standardisation === "prewhiten" ? t.prewhitening : t.ownStandardisation,
    flip: r.jitter ? t.jitterCopies(r.jitter) : r.flip ? t.yes : t.no,
    metric: t.metrics[r.metric] ?? r.metric,
    view2: r.view2 ? `${pct(r.view2.accuracy, 2)} ± ${pct(r.view2.std, 2)}` : t.notRunYet,
    val: r.view2 ? pct(r.view2.val, 1) : "—",
    devTest: pct(r.devTestBestThreshold, 1),
  }));
  const header = {
    alignment: t.colAlignment,
    standardisation: t.colStandardisation,
    flip: t.colFlip,
    metric: t.colMetric,
    view2: t.colView2,
    val: t.colVal,
    devTest: t.colDevTest,
  };
  return scrollable(Inputs.table(data, { select: false, sort: null, layout: "auto", header }), t.ablationTableName);
}
