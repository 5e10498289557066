// The answer to "make the triplet hard: what will the loss be?", read from the explorer as it is now.
import type { Answer } from "../tryThis.js";
import type { TripletState } from "../tripletExplorer.js";

/** Which of "0", "between 0 and α", "more than α" the current loss is, and why. */
export function hardLossAnswer(s: TripletState): Answer {
  const choice = s.loss === 0 ? "0" : s.loss <= s.alpha ? "between 0 and α" : "more than α";
  const figures = `‖a−p‖² = ${s.dp.toFixed(3)}, ‖a−n‖² = ${s.dn.toFixed(3)}, α = ${s.alpha}: loss = ${s.dp.toFixed(3)} − ${s.dn.toFixed(3)} + ${s.alpha} = ${s.loss.toFixed(3)}.`;
  if (s.kind !== "hard") return { choice, explain: `Your triplet is ${s.kind} right now, not hard (${figures}) Drag N inside the red ring and check again.` };
  return {
    choice,
    explain: `${figures} A hard triplet has ‖a−n‖² < ‖a−p‖², so ‖a−p‖² − ‖a−n‖² is positive and the loss is always more than α: these are the triplets with the largest gradients.`,
  };
}
