/**
 * Which face a one-face-per-image dataset keeps: facenet `align_dataset_mtcnn.py` scores each box by
 * its area minus twice its centre's squared distance from the image centre, and keeps the best —
 * the largest face, unless a slightly smaller one is much more central.
 */
import type { Face } from "../core/types.js";

/** The index of facenet's chosen face in `faces` of a `width`×`height` image, or -1 if there is none. */
export function pickMainFace(faces: readonly Face[], width: number, height: number): number {
  let best = -1;
  let bestScore = -Infinity;
  faces.forEach(({ box: [x1, y1, x2, y2] }, i) => {
    const area = (x2 - x1) * (y2 - y1);
    const dx = (x1 + x2) / 2 - width / 2;
    const dy = (y1 + y2) / 2 - height / 2;
    const score = area - 2 * (dx * dx + dy * dy);
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}
