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
  const rows = stats.steps.map((s) => ({
    step: `${msg.srn.steps[s.name] ?? s.name} (${s.thresholds.positive} / ${s.thresholds.negative})`,
    positives: s.perImage.positiveMean.toFixed(1),
    median: s.perImage.positiveMedian,
    ignored: s.perImage.ignoredMean.toFixed(1),
    negatives: count(s.perImage.negativeMean),
    ratio: count(s.negativesPerPositive),
    low: pct(lowPositiveShare(s)),
    below: pct(s.facesBelowThreshold / stats.faces),
  }));
  return Inputs.table(rows, { layout: "auto", select: false, header: msg.srn.imbalanceTable });
}
