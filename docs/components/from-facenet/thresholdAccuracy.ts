// How many pairs one fixed threshold gets right — "same person" below it — on all pairs at once (not
// the 10-fold protocol: no threshold is chosen here, it is given).

/** Share of `pairs` with (`value(p)` < `threshold`) === `p.same`. */
export function thresholdAccuracy<P extends { same: boolean }>(pairs: readonly P[], value: (p: P) => number, threshold: number): number {
  let right = 0;
  for (const p of pairs) if (value(p) < threshold === p.same) right++;
  return right / pairs.length;
}
