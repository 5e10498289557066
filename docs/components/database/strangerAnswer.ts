// Try-this answer: what the SVM says for a face of someone who is not enrolled, read from the
// predict step's live state.
import type { Answer } from "../tryThis.js";
import { strangerMissing, type PredictState } from "./predictState.js";
import { msg } from "../i18n.js";

export const STRANGER_CHOICES = msg.database.strangerChoices;

/** The SVM's answer for the stranger on screen, and what the distance rule makes of it. */
export function strangerAnswer(s: PredictState): Answer {
  const missing = strangerMissing(s);
  if (missing || !s.first) return { explain: missing ?? "" };
  const p = s.first;
  const named = s.names.includes(p.svmName);
  return {
    choice: named ? STRANGER_CHOICES[0] : STRANGER_CHOICES[1],
    explain: msg.database.strangerExplain(
      s.lfwPerson ?? "",
      p.svmName,
      `${(100 * p.probability).toFixed(1)} %`,
      s.names.length,
      p.nearestName,
      p.distance.toFixed(3),
      p.distance > s.threshold,
      s.threshold.toFixed(2),
      p.name ?? msg.database.unknown,
    ),
  };
}
