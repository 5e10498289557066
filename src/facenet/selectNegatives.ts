/**
 * Online negative selection for one mini-batch (FaceNet §3.2): for every anchor–positive pair, the
 * hardest negative (closest other identity) and the closest semi-hard negative (farther than the
 * positive, inside the margin). facenet's `select_triplets` samples among all negatives violating the
 * margin; showing the hardest and the semi-hard side by side is what the page teaches.
 */
import { squaredDistance } from "../math/vector.js";
import { TRIPLET_MARGIN } from "./triplet.js";

export interface PairNegatives {
  anchor: number;
  positive: number;
  /** ‖a − p‖². */
  dPositive: number;
  /** Index and ‖a − n‖² of the closest negative, or null if the batch has one identity. */
  hardest: { index: number; d: number } | null;
  /** The closest negative with dPositive < d < dPositive + margin, or null if none. */
  semiHard: { index: number; d: number } | null;
}

/** Every anchor–positive pair of the batch (i < j, same label) with its negatives. */
export function selectNegatives(embeddings: ArrayLike<number>[], labels: readonly string[], margin = TRIPLET_MARGIN): PairNegatives[] {
  const n = embeddings.length;
  const d = embeddings.map((a) => embeddings.map((b) => squaredDistance(a, b))); // [n, n]
  const out: PairNegatives[] = [];
  for (let a = 0; a < n; a++) {
    for (let p = a + 1; p < n; p++) {
      if (labels[a] !== labels[p]) continue;
      const dPositive = d[a][p];
      let hardest: PairNegatives["hardest"] = null;
      let semiHard: PairNegatives["semiHard"] = null;
      for (let k = 0; k < n; k++) {
        if (labels[k] === labels[a]) continue;
        if (!hardest || d[a][k] < hardest.d) hardest = { index: k, d: d[a][k] };
        const inMargin = d[a][k] > dPositive && d[a][k] < dPositive + margin;
        if (inMargin && (!semiHard || d[a][k] < semiHard.d)) semiHard = { index: k, d: d[a][k] };
      }
      out.push({ anchor: a, positive: p, dPositive, hardest, semiHard });
    }
  }
  return out;
}
