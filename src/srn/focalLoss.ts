/**
 * The focal loss of Lin et al. (2017), SRN's classification loss, next to plain cross-entropy:
 * FL(p_t) = −α_t (1 − p_t)^γ log(p_t), where p_t is the probability the model gives the true class
 * and α_t is α for faces, 1 − α for background. γ = 0 and α = ½ give half the cross-entropy.
 */
import { SRN } from "./srnConfig.js";

export interface FocalOptions {
  /** Weight of the positive (face) class; background gets 1 − α. */
  alpha?: number;
  /** Focusing exponent: how fast the loss of well-classified examples is turned down. */
  gamma?: number;
}

/** Probabilities are kept inside [ε, 1 − ε] so log never returns −∞. */
const EPS = 1e-12;

/** The probability the model gives the true class: p for a face (label 1), 1 − p for background. */
function probabilityOfTruth(p: number, label: 0 | 1): number {
  const pt = label === 1 ? p : 1 - p;
  return Math.min(1 - EPS, Math.max(EPS, pt));
}

/** Binary cross-entropy −log(p_t). */
export function crossEntropy(p: number, label: 0 | 1): number {
  return -Math.log(probabilityOfTruth(p, label));
}

/** Focal loss −α_t (1 − p_t)^γ log(p_t); defaults α = 0.25, γ = 2. */
export function focalLoss(p: number, label: 0 | 1, { alpha = SRN.focal.alpha, gamma = SRN.focal.gamma }: FocalOptions = {}): number {
  if (!(alpha >= 0 && alpha <= 1)) throw new RangeError(`focalLoss: alpha must be in [0, 1], got ${alpha}`);
  if (!(gamma >= 0)) throw new RangeError(`focalLoss: gamma must be ≥ 0, got ${gamma}`);
  const pt = probabilityOfTruth(p, label);
  const alphaT = label === 1 ? alpha : 1 - alpha;
  return -alphaT * (1 - pt) ** gamma * Math.log(pt);
}
