// Try-this answer: what the SVM says for a face of someone who is not enrolled, read from the
// predict step's live state.
import type { Answer } from "../tryThis.js";
import { strangerMissing, type PredictState } from "./predictState.js";

export const STRANGER_CHOICES = ["one of the enrolled people", "nobody"] as const;

/** The SVM's answer for the stranger on screen, and what the distance rule makes of it. */
export function strangerAnswer(s: PredictState): Answer {
  const missing = strangerMissing(s);
  if (missing || !s.first) return { explain: missing ?? "" };
  const p = s.first;
  const named = s.names.includes(p.svmName);
  return {
    choice: named ? STRANGER_CHOICES[0] : STRANGER_CHOICES[1],
    explain:
      `${s.lfwPerson} is not enrolled, yet the SVM names ${p.svmName} with probability ${(100 * p.probability).toFixed(1)} %: ` +
      `its probabilities are shared among the ${s.names.length} enrolled people and always add up to 100 %. ` +
      `The distance rule is what catches a stranger: the nearest mean face (${p.nearestName}) is ${p.distance.toFixed(3)} away, ` +
      `${p.distance > s.threshold ? "more" : "not more"} than ${s.threshold.toFixed(2)}, so the page says “${p.name ?? "unknown"}”.`,
  };
}
