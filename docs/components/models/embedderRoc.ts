// ROC curves of the embedders on LFW View 2, computed in the page from each model's 6,000 pair
// distances with the library's `rocPoint` (the same counting as the 10-fold evaluation). The
// thresholds: every one of the closest different-person distances (each adds one false accept, so the
// curve is exact where FAR is small and the log axis stretches it) and a quantile grid for the rest.
import { rocPoint } from "facelab";

export interface RocXY {
  fpr: number;
  tpr: number;
}

/** Thresholds just above each of the `low` smallest different-pair distances, plus `grid` quantiles of all. */
function rocThresholds(dist: ArrayLike<number>, same: ArrayLike<boolean>, low: number, grid: number): number[] {
  const all = Float64Array.from(dist).sort();
  const different = Float64Array.from(Array.from(dist).filter((_, i) => !same[i])).sort();
  const cuts = new Set<number>();
  for (let i = 0; i < Math.min(low, different.length); i++) cuts.add(different[i] + 1e-9);
  for (let q = 0; q <= grid; q++) cuts.add(all[Math.min(all.length - 1, Math.floor((q / grid) * (all.length - 1)))] + 1e-9);
  return [...cuts].sort((a, b) => a - b);
}

/** The ROC of pairs with distances `dist` and labels `same`, as (fpr, tpr) points in threshold order. */
export function embedderRoc(dist: ArrayLike<number>, same: ArrayLike<boolean>, { low = 60, grid = 200 } = {}): RocXY[] {
  if (dist.length !== same.length) throw new Error(`embedderRoc: ${dist.length} distances and ${same.length} labels`);
  const indices = Array.from({ length: dist.length }, (_, i) => i);
  return rocThresholds(dist, same, low, grid).map((t) => {
    const { fpr, tpr } = rocPoint(t, dist, same, indices);
    return { fpr, tpr };
  });
}

/** The highest true accept rate on `roc` whose false accept rate is at most `far` (0 if none). */
export function tprAtFar(roc: readonly RocXY[], far: number): number {
  let best = 0;
  for (const p of roc) if (p.fpr <= far && p.tpr > best) best = p.tpr;
  return best;
}
