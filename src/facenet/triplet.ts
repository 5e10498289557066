/**
 * The triplet loss of FaceNet (Schroff, Kalenichenko, Philbin 2015, §3.1) on squared Euclidean
 * distances, and the paper's vocabulary for a triplet: easy (already satisfies the margin), semi-hard
 * (the negative is farther than the positive but inside the margin, §3.2) or hard (the negative is
 * closer than the positive). Pure functions on number arrays.
 */
import { squaredDistance } from "../math/vector.js";

/** The margin α used by the paper and facenet's `train_tripletloss.py`. */
export const TRIPLET_MARGIN = 0.2;

/** max(0, ‖a − p‖² − ‖a − n‖² + α). */
export function tripletLoss(anchor: ArrayLike<number>, positive: ArrayLike<number>, negative: ArrayLike<number>, margin = TRIPLET_MARGIN): number {
  return Math.max(0, squaredDistance(anchor, positive) - squaredDistance(anchor, negative) + margin);
}

export type TripletKind = "easy" | "semi-hard" | "hard";

/** The kind of a triplet from its two squared distances. */
export function tripletKind(dPositive: number, dNegative: number, margin = TRIPLET_MARGIN): TripletKind {
  if (dNegative < dPositive) return "hard";
  if (dNegative < dPositive + margin) return "semi-hard";
  return "easy";
}
