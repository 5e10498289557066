/**
 * Face-verification metrics on pair distances, as facenet's `calculate_roc` / `calculate_val`
 * (src/facenet.py) compute them for LFW: a pair is predicted "same person" when its distance is
 * below the threshold. Pure functions on arrays; the fold logic lives in `tenFold.ts`.
 */

/** True/false positive rates and accuracy of one threshold. */
export interface RocPoint {
  threshold: number;
  tpr: number;
  fpr: number;
  accuracy: number;
}

/** The thresholds facenet sweeps: `np.arange(start, stop, step)`. */
export function thresholdGrid(start: number, stop: number, step: number): number[] {
  const n = Math.max(0, Math.ceil((stop - start) / step - 1e-9));
  return Array.from({ length: n }, (_, i) => start + i * step);
}

/** Counts for one threshold over the pairs selected by `indices`. */
export function rocPoint(threshold: number, dist: ArrayLike<number>, same: ArrayLike<boolean>, indices: readonly number[]): RocPoint {
  let tp = 0,
    fp = 0,
    tn = 0,
    fn = 0;
  for (const i of indices) {
    const predicted = dist[i] < threshold;
    if (predicted && same[i]) tp++;
    else if (predicted) fp++;
    else if (same[i]) fn++;
    else tn++;
  }
  return {
    threshold,
    tpr: tp + fn === 0 ? 0 : tp / (tp + fn),
    fpr: fp + tn === 0 ? 0 : fp / (fp + tn),
    accuracy: (tp + tn) / Math.max(1, indices.length),
  };
}

/** Validation rate and false accept rate at one threshold (facenet `calculate_val_far`). */
export function valFar(threshold: number, dist: ArrayLike<number>, same: ArrayLike<boolean>, indices: readonly number[]): { val: number; far: number } {
  const p = rocPoint(threshold, dist, same, indices);
  return { val: p.tpr, far: p.fpr };
}

/**
 * The threshold at which the false accept rate reaches `target`, by linear interpolation of
 * (far, threshold) as facenet's `interp1d(far_train, thresholds, kind="slinear")`; 0 when no
 * threshold reaches it (facenet's fallback). Plateaus of equal far use their first threshold.
 */
export function thresholdAtFar(target: number, thresholds: readonly number[], far: readonly number[]): number {
  if (Math.max(...far) < target) return 0;
  for (let i = 1; i < far.length; i++) {
    if (far[i] >= target && far[i - 1] <= target) {
      if (far[i] === far[i - 1]) return thresholds[i - 1];
      const t = (target - far[i - 1]) / (far[i] - far[i - 1]);
      return thresholds[i - 1] + t * (thresholds[i] - thresholds[i - 1]);
    }
  }
  return thresholds[0];
}

/** Area under a ROC curve given as points (trapezoids over fpr, sorted). */
export function auc(points: readonly { fpr: number; tpr: number }[]): number {
  const s = [...points].sort((a, b) => a.fpr - b.fpr || a.tpr - b.tpr);
  let area = 0;
  for (let i = 1; i < s.length; i++) area += ((s[i].fpr - s[i - 1].fpr) * (s[i].tpr + s[i - 1].tpr)) / 2;
  return area;
}

/** Equal error rate: the fpr where fpr = 1 − tpr, interpolated along the ROC. */
export function equalErrorRate(points: readonly { fpr: number; tpr: number }[]): number {
  const s = [...points].sort((a, b) => a.fpr - b.fpr || a.tpr - b.tpr);
  for (let i = 1; i < s.length; i++) {
    const g0 = 1 - s[i - 1].fpr - s[i - 1].tpr; // > 0 before the crossing
    const g1 = 1 - s[i].fpr - s[i].tpr;
    if (g0 >= 0 && g1 <= 0) {
      const t = g0 === g1 ? 0 : g0 / (g0 - g1);
      return s[i - 1].fpr + t * (s[i].fpr - s[i - 1].fpr);
    }
  }
  return Number.NaN;
}
