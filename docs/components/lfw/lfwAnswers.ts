// The answers of the LFW page's exercises, computed from the pairs' distances at the thresholds the
// reader sets (never typed in): which error grows with the threshold, what tuning the threshold on the
// scored pairs would gain, and how close to the threshold the mistakes lie.
import type { Answer } from "../tryThis.js";
import { confusionAt, type ScoredPair } from "./confusionAt.js";

const pct = (x: number, digits = 2) => `${(100 * x).toFixed(digits)} %`;

/** Raising (or lowering) the threshold from `from` to `to`: which error count grows. */
export function errorTradeAnswer(pairs: readonly ScoredPair[], from: number, to: number): Answer {
  const a = confusionAt(pairs, from),
    b = confusionAt(pairs, to);
  const fpUp = b.FP > a.FP,
    fnUp = b.FN > a.FN;
  const choice = fpUp && fnUp ? "both" : fpUp ? "false accepts (FP)" : fnUp ? "false rejects (FN)" : "neither";
  return {
    choice,
    explain: `From ${from.toFixed(3)} to ${to.toFixed(3)}: false accepts ${a.FP} → ${b.FP}, false rejects ${a.FN} → ${b.FN}, accuracy ${pct(a.accuracy)} → ${pct(b.accuracy)}. A larger threshold accepts more pairs — right ones and wrong ones.`,
  };
}

/** The protocol's accuracy against the best accuracy any threshold reaches on all pairs (tuned on the test). */
export function tunedOnTestAnswer(pairs: readonly ScoredPair[], protocolAccuracy: number): Answer {
  const distances = [...new Set(pairs.map((p) => p.d))].sort((a, b) => a - b);
  let best = { t: 0, accuracy: 0 };
  for (let i = 1; i < distances.length; i++) {
    const t = (distances[i - 1] + distances[i]) / 2;
    const { accuracy } = confusionAt(pairs, t);
    if (accuracy > best.accuracy) best = { t, accuracy };
  }
  const gain = best.accuracy - protocolAccuracy;
  const choice = gain < 0.001 ? "less than 0.1 point" : gain <= 0.005 ? "0.1 to 0.5 point" : "more than 0.5 point";
  return {
    choice,
    explain: `The best threshold for all 6,000 pairs at once is ${best.t.toFixed(3)}, with ${pct(best.accuracy)}; the protocol reports ${pct(protocolAccuracy)}. Tuning on the pairs you score gains ${(100 * gain).toFixed(2)} points here — small, because accuracy is flat near the best threshold, but it is the kind of optimism the 10-fold protocol exists to rule out.`,
  };
}

/** Of the mistakes at `t`, the share within `band` of the threshold. */
export function borderlineAnswer(pairs: readonly ScoredPair[], t: number, band = 0.05): Answer {
  const wrong = pairs.filter((p) => p.d < t !== p.same);
  const near = wrong.filter((p) => Math.abs(p.d - t) < band).length;
  const choice = near > wrong.length / 2 ? "most are close to the threshold" : "most are far from it";
  return {
    choice,
    explain: `At ${t.toFixed(3)}, ${near} of the ${wrong.length} mistakes lie within ${band} of the threshold (${pct(near / Math.max(1, wrong.length), 0)}). The rest are confidently wrong: look at them in the gallery — a different face in the photo, strong pose or age change, and sometimes a pair LFW itself labels wrongly.`,
  };
}
