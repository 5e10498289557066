/** The face with the largest box area (ties: the earlier, i.e. higher-scoring, one). */
import type { Face } from "../core/types.js";

/** Index of the largest face in `faces`, or -1 if there is none. */
export function largestFace(faces: readonly Face[]): number {
  let best = -1;
  let bestArea = -Infinity;
  faces.forEach(({ box: [x1, y1, x2, y2] }, i) => {
    const area = (x2 - x1) * (y2 - y1);
    if (area > bestArea) {
      bestArea = area;
      best = i;
    }
  });
  return best;
}
