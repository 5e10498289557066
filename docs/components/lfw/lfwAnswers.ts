// The answers of the LFW page's exercises, computed from the pairs' distances at the thresholds the
// reader sets (never typed in): which error grows with the threshold, what tuning the threshold on the
// scored pairs would gain, how close to the threshold the mistakes lie, and which crop suits dlib's network.
import { msg } from "../i18n.js";
import { pct } from "../pct.js";
import type { Answer } from "../tryThis.js";
import type { AlignmentCost } from "./alignmentCost.js";
import { confusionAt, type ScoredPair } from "./confusionAt.js";

/** Raising (or lowering) the threshold from `from` to `to`: which error count grows. */
export function errorTradeAnswer(pairs: readonly ScoredPair[], from: number, to: number): Answer {
  const t = msg.lfw;
  const a = confusionAt(pairs, from),
    b = confusionAt(pairs, to);
  const fpUp = b.FP > a.FP,
    fnUp = b.FN > a.FN;
  const choice = fpUp && fnUp ? t.choiceBoth : fpUp ? t.choiceFP : fnUp ? t.choiceFN : t.choiceNeither;
  return { choice, explain: t.errorTradeExplain(from.toFixed(3), to.toFixed(3), a.FP, b.FP, a.FN, b.FN, pct(a.accuracy, 2), pct(b.accuracy, 2)) };
}

/** The protocol's accuracy against the best accuracy any threshold reaches on all pairs (tuned on the test). */
export function tunedOnTestAnswer(pairs: readonly ScoredPair[], protocolAccuracy: number): Answer {
  const t = msg.lfw;
  const distances = [...new Set(pairs.map((p) => p.d))].sort((a, b) => a - b);
  let best = { t: 0, accuracy: 0 };
  for (let i = 1; i < distances.length; i++) {
    const mid = (distances[i - 1] + distances[i]) / 2;
    const { accuracy } = confusionAt(pairs, mid);
    if (accuracy > best.accuracy) best = { t: mid, accuracy };
  }
  const gain = best.accuracy - protocolAccuracy;
  const choice = gain < 0.001 ? t.choiceUnderTenth : gain <= 0.005 ? t.choiceTenthToHalf : t.choiceOverHalf;
  return { choice, explain: t.tunedExplain(best.t.toFixed(3), pct(best.accuracy, 2), pct(protocolAccuracy, 2), (100 * gain).toFixed(2)) };
}

/** Of the mistakes at `threshold`, the share within `band` of it. */
export function borderlineAnswer(pairs: readonly ScoredPair[], threshold: number, band = 0.05): Answer {
  const t = msg.lfw;
  const wrong = pairs.filter((p) => p.d < threshold !== p.same);
  const near = wrong.filter((p) => Math.abs(p.d - threshold) < band).length;
  const choice = near > wrong.length / 2 ? t.choiceClose : t.choiceFar;
  return { choice, explain: t.borderlineExplain(threshold.toFixed(3), near, wrong.length, band, pct(near / Math.max(1, wrong.length), 0)) };
}

/** Which crop gives dlib's network the higher accuracy, from the precomputed ablations (`split` names where). */
export function alignmentAnswer(cost: AlignmentCost | null, split: string): Answer {
  const t = msg.lfw;
  if (!cost) throw new Error(t.noAblationRows);
  const gap = cost.chip - cost.margin;
  const choice = Math.abs(gap) < 0.005 ? t.choiceNoDifference : gap > 0 ? t.choiceChip : t.choiceMargin;
  return { choice, explain: t.alignmentExplain(pct(cost.chip, 1), pct(cost.margin, 1), split) };
}
