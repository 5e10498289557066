/**
 * Online triplet selection inside one mini-batch, as facenet's `select_triplets`
 * (davidsandberg/facenet `train_tripletloss.py`) does it: for every anchor–positive pair of an
 * identity (positive after anchor), one negative drawn at random among those that still violate the
 * margin, ‖a − n‖² − ‖a − p‖² < α. Negatives already farther than that teach nothing and are never
 * drawn; a pair with no such negative yields no triplet. (facenet's active line keeps hard negatives
 * too; its commented-out "FaceNet selection" would also require ‖a − n‖² > ‖a − p‖².) Pure functions
 * on a flat [n × n] matrix of squared distances.
 */
import { randomInt } from "../core/random.js";
import { TRIPLET_MARGIN } from "./triplet.js";

/** Indices into the batch of one training triplet. */
export interface Triplet {
  anchor: number;
  positive: number;
  negative: number;
}

/** The flat [n × n] matrix of squared Euclidean distances between the rows of an [n × dim] array. */
export function squaredDistanceMatrix(rows: ArrayLike<number>, n: number): Float64Array {
  const dim = rows.length / n;
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      let s = 0;
      for (let k = 0; k < dim; k++) s += (rows[i * dim + k] - rows[j * dim + k]) ** 2;
      out[i * n + j] = out[j * n + i] = s;
    }
  }
  return out;
}

/** One triplet per anchor–positive pair that has a margin-violating negative (facenet `select_triplets`). */
export function selectTriplets(dist: ArrayLike<number>, labels: readonly (string | number)[], random: () => number, margin = TRIPLET_MARGIN): Triplet[] {
  const n = labels.length;
  if (dist.length !== n * n) throw new Error(`selectTriplets: ${dist.length} distances for ${n} labels, expected ${n * n}`);
  const out: Triplet[] = [];
  for (let a = 0; a < n; a++) {
    for (let p = a + 1; p < n; p++) {
      if (labels[p] !== labels[a]) continue;
      const dPositive = dist[a * n + p];
      const candidates: number[] = [];
      for (let k = 0; k < n; k++) {
        if (labels[k] !== labels[a] && dist[a * n + k] - dPositive < margin) candidates.push(k);
      }
      if (candidates.length) out.push({ anchor: a, positive: p, negative: candidates[randomInt(random, candidates.length)] });
    }
  }
  return out;
}

/** The share of all (anchor, positive after anchor, negative) triplets of the batch with a non-zero loss. */
export function activeTripletFraction(dist: ArrayLike<number>, labels: readonly (string | number)[], margin = TRIPLET_MARGIN): number {
  const n = labels.length;
  let active = 0,
    total = 0;
  for (let a = 0; a < n; a++) {
    for (let p = a + 1; p < n; p++) {
      if (labels[p] !== labels[a]) continue;
      for (let k = 0; k < n; k++) {
        if (labels[k] === labels[a]) continue;
        total++;
        if (dist[a * n + p] - dist[a * n + k] + margin > 0) active++;
      }
    }
  }
  return total === 0 ? 0 : active / total;
}
