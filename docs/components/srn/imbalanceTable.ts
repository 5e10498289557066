// The class imbalance of each matching step as a table: positives, ignored and negatives per image,
// negatives per positive, the positives' share on P2–P4 and the faces no anchor reaches.
import * as Inputs from "@observablehq/inputs";
import type { AnchorMatchStats } from "facelab";
import { count } from "../count.js";
import { msg } from "../i18n.js";
import { pct } from "../pct.js";
import { lowPositiveShare } from "./lowPositiveShare.js";

/** One row per step of `stats`. */
export function imbalanceTable(stats: AnchorMatchStats): HTMLElement {
  const h = msg.srn.imbalanceTable;
  // Keyed by the translated headers: Inputs.table also shows a column's key (as its title).
  const rows = stats.steps.map((s) => ({
    [h.step]: msg.srn.stepThresholds(msg.srn.steps[s.name] ?? s.name, s.thresholds.positive, s.thresholds.negative),
    [h.positives]: s.perImage.positiveMean.toFixed(1),
    [h.median]: s.perImage.positiveMedian,
    [h.ignored]: s.perImage.ignoredMean.toFixed(1),
    [h.negatives]: count(s.perImage.negativeMean),
    [h.ratio]: count(s.negativesPerPositive),
    [h.low]: pct(lowPositiveShare(s)),
    [h.below]: pct(s.facesBelowThreshold / stats.faces),
  }));
  return Inputs.table(rows, { layout: "auto", select: false });
}
