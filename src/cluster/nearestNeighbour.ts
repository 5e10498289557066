/**
 * How well a space keeps identities together: leave-one-out 1-nearest-neighbour accuracy — the share
 * of points whose nearest other point (Euclidean, any dimension) has the same label. Points whose
 * label occurs once are skipped: they have no right answer. Brute force, O(n²·d).
 */
import { rowSquaredDistance } from "../math/vector.js";

export interface NearestNeighbourAccuracy {
  /** Share of the scored points whose nearest neighbour has their label. */
  accuracy: number;
  /** Points scored (those whose label occurs at least twice). */
  scored: number;
  /** Index of each point's nearest other point. */
  nearest: Int32Array;
}

/** 1-NN leave-one-out accuracy of the rows of `x` (n × dims, row-major) against `labels`. */
export function nearestNeighbourAccuracy(x: ArrayLike<number>, dims: number, labels: ArrayLike<number>): NearestNeighbourAccuracy {
  const n = labels.length;
  if (x.length !== n * dims) throw new RangeError(`nearestNeighbourAccuracy: ${x.length} values for ${n} points of ${dims} dims`);
  const count = new Map<number, number>();
  for (let i = 0; i < n; i++) count.set(labels[i], (count.get(labels[i]) ?? 0) + 1);
  const nearest = new Int32Array(n).fill(-1);
  let hits = 0,
    scored = 0;
  for (let i = 0; i < n; i++) {
    let best = Infinity;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const d = rowSquaredDistance(x, dims, i, j);
      if (d < best) {
        best = d;
        nearest[i] = j;
      }
    }
    if ((count.get(labels[i]) ?? 0) < 2) continue;
    scored++;
    if (labels[nearest[i]] === labels[i]) hits++;
  }
  return { accuracy: scored ? hits / scored : NaN, scored, nearest };
}
