// Try-this answer: what happens to the stranger on screen when the "unknown" threshold is raised to
// dlib's 0.6, computed from the live distance (and the slider's current value).
import type { Answer } from "../tryThis.js";
import { strangerMissing, type PredictState } from "./predictState.js";

export const THRESHOLD_CHOICES = ["still unknown", "named as an enrolled person"] as const;
/** dlib's same-person threshold, which holds for its raw descriptors, not for unit-length ones. */
const DLIB_RAW = 0.6;

/** The verdict at 0.6 for the stranger on screen. */
export function thresholdAnswer(s: PredictState): Answer {
  const missing = strangerMissing(s);
  if (missing || !s.first) return { explain: missing ?? "" };
  const p = s.first;
  const unknown = p.distance > DLIB_RAW;
  const now = `The slider is at ${s.threshold.toFixed(2)} now${Math.abs(s.threshold - DLIB_RAW) < 0.005 ? "" : ": move it to 0.60 to see it on the photo"}.`;
  return {
    choice: unknown ? THRESHOLD_CHOICES[0] : THRESHOLD_CHOICES[1],
    explain:
      `${s.lfwPerson}'s face is ${p.distance.toFixed(3)} from the nearest mean face (${p.nearestName}). ` +
      (unknown
        ? `That is beyond 0.60 too, so this face stays unknown — but any stranger closer than 0.60 would be named. `
        : `At 0.60 that is close enough: the page would call this stranger ${p.svmName}. `) +
      `0.6 is dlib's threshold for its raw descriptors, which are about 1.4 long; on the unit-length embeddings this page compares it is about 0.42, and LFW's ten folds chose 0.41. ${now}`,
  };
}
