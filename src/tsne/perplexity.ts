/**
 * Calibrating one point's Gaussian: a binary search on its precision β = 1/(2σ²) until the entropy of
 * p(j|i) ∝ exp(−β·d²ᵢⱼ) equals log(perplexity) — `x2p` in van der Maaten's tsne.m, in nats.
 */

/** Tolerance on the entropy and the search's step budget (tsne.m: 1e-5, 50). */
const PERPLEXITY_TOLERANCE = 1e-5;
const PERPLEXITY_STEPS = 50;

export interface CalibratedRow {
  /** p(j|i) for the given neighbours, summing to 1. */
  p: Float64Array;
  /** The precision found. */
  beta: number;
  /** Entropy of `p` in nats (≈ log perplexity). */
  entropy: number;
}

/** Conditional probabilities over `d2` (squared distances to the neighbours, self excluded). */
export function calibrateRow(d2: ArrayLike<number>, perplexity: number): CalibratedRow {
  const target = Math.log(perplexity);
  const p = new Float64Array(d2.length);
  let beta = 1,
    lo = 0,
    hi = Infinity,
    entropy = 0;
  // Distances are shifted by the smallest so exp() cannot underflow to all zeros.
  let dMin = Infinity;
  for (let j = 0; j < d2.length; j++) dMin = Math.min(dMin, d2[j]);
  for (let step = 0; step < PERPLEXITY_STEPS; step++) {
    entropy = gaussianRow(d2, dMin, beta, p);
    const diff = entropy - target;
    if (Math.abs(diff) < PERPLEXITY_TOLERANCE) break;
    if (diff > 0) {
      lo = beta;
      beta = hi === Infinity ? beta * 2 : (beta + hi) / 2;
    } else {
      hi = beta;
      beta = (beta + lo) / 2;
    }
  }
  return { p, beta, entropy };
}

/** Fills `p` with the normalised Gaussian at precision `beta`; returns its entropy in nats. */
function gaussianRow(d2: ArrayLike<number>, dMin: number, beta: number, p: Float64Array): number {
  let sum = 0,
    weighted = 0;
  for (let j = 0; j < d2.length; j++) {
    const d = d2[j] - dMin;
    p[j] = Math.exp(-beta * d);
    sum += p[j];
    weighted += d * p[j];
  }
  for (let j = 0; j < d2.length; j++) p[j] /= sum;
  // H = log Σ exp(−βd) + β·E[d]  (tsne.m's Hbeta)
  return Math.log(sum) + (beta * weighted) / sum;
}
