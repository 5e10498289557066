// Try-this answer: what happens to the stranger on screen when the "unknown" threshold is raised to
// dlib's 0.6, computed from the live distance (and the slider's current value).
import type { Answer } from "../tryThis.js";
import { strangerMissing, type PredictState } from "./predictState.js";
import { msg } from "../i18n.js";

export const THRESHOLD_CHOICES = msg.database.thresholdChoices;
/** dlib's same-person threshold, which holds for its raw descriptors, not for unit-length ones. */
const DLIB_RAW = 0.6;

/** The verdict at 0.6 for the stranger on screen. */
export function thresholdAnswer(s: PredictState): Answer {
  const missing = strangerMissing(s);
  if (missing || !s.first) return { explain: missing ?? "" };
  const p = s.first;
  const unknown = p.distance > DLIB_RAW;
  return {
    choice: unknown ? THRESHOLD_CHOICES[0] : THRESHOLD_CHOICES[1],
    explain: msg.database.thresholdExplain(
      s.lfwPerson ?? "",
      p.distance.toFixed(3),
      p.nearestName,
      unknown,
      p.svmName,
      s.threshold.toFixed(2),
      Math.abs(s.threshold - DLIB_RAW) < 0.005,
    ),
  };
}
