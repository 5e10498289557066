/**
 * One image of the WIDER FACE evaluation (the toolbox's `image_evaluation`): detections, best score
 * first, are taken one at a time; each goes to the face it overlaps most (highest `widerIou`). If that
 * overlap reaches the IoU threshold and the face is ignored (marked invalid, or outside the subset
 * being scored), the detection is dropped — neither a true nor a false positive. If the face counts,
 * it is recalled the first time; a later detection of the same face stays a proposal that recalls
 * nothing (a duplicate, i.e. a false positive). Note what the toolbox does *not* do: a detection whose
 * best face is already taken does not fall back to its second-best face.
 */
import type { Box } from "../core/types.js";
import { widerIou } from "./widerIou.js";

export interface WiderImageMatch {
  /** Per detection (in the given order): faces recalled by it and every detection before it. */
  recalledAfter: Int32Array;
  /** Per detection: 1 if it counts as a proposal (in the precision's denominator), 0 if dropped. */
  proposal: Uint8Array;
  /** Per face: 1 if some detection recalled it (only counted faces can be). */
  recalled: Uint8Array;
}

/**
 * Matches `detections` (sorted by score, best first) to `faces`; `counted[j]` is false for faces
 * that are ignored. `iou` is the overlap a match needs (the toolbox's 0.5).
 */
export function widerImageEval(detections: readonly Box[], faces: readonly Box[], counted: readonly boolean[], iou: number): WiderImageMatch {
  const recalledAfter = new Int32Array(detections.length);
  const proposal = new Uint8Array(detections.length).fill(1);
  const recalled = new Uint8Array(faces.length);
  let total = 0;
  detections.forEach((det, h) => {
    let best = -1;
    let bestIou = 0;
    faces.forEach((face, j) => {
      const v = widerIou(face, det);
      if (v > bestIou) [best, bestIou] = [j, v]; // strict: the first face wins a tie, as MATLAB's max
    });
    if (best >= 0 && bestIou >= iou) {
      if (!counted[best]) proposal[h] = 0;
      else if (recalled[best] === 0) {
        recalled[best] = 1;
        total++;
      }
    }
    recalledAfter[h] = total;
  });
  return { recalledAfter, proposal, recalled };
}
