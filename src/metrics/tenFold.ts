/**
 * LFW's View-2 protocol as facenet's `lfw.evaluate` runs it: pairs in file order split into 10
 * consecutive folds (sklearn `KFold(10, shuffle=False)` — exactly the official 300 + 300 sets);
 * for each fold the threshold with the best accuracy on the other nine is applied to it. The ROC is
 * the mean over folds of each threshold's test-fold tpr/fpr; VAL@FAR uses the threshold whose
 * training FAR reaches the target (`calculate_val`).
 */
import { auc, equalErrorRate, rocPoint, thresholdAtFar, thresholdGrid, valFar } from "./verification.js";

interface FoldResult {
  fold: number;
  threshold: number;
  accuracy: number;
  valThreshold: number;
  val: number;
  far: number;
}

export interface VerificationReport {
  folds: FoldResult[];
  accuracy: { mean: number; std: number };
  val: { mean: number; std: number; far: number; target: number };
  auc: number;
  eer: number;
  roc: { threshold: number; tpr: number; fpr: number }[];
}

export interface TenFoldOptions {
  folds?: number;
  /** ROC / accuracy thresholds (facenet: 0 … 4 step 0.01, for squared distances of unit vectors). */
  thresholds?: number[];
  /** VAL thresholds (facenet: 0 … 4 step 0.001). */
  valThresholds?: number[];
  farTarget?: number;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const std = (xs: number[]) => Math.sqrt(mean(xs.map((x) => (x - mean(xs)) ** 2))); // numpy's default ddof = 0

/** Consecutive folds of `n` items (the first n % k folds one larger, as sklearn's KFold). */
export function kFolds(n: number, k: number): number[][] {
  const folds: number[][] = [];
  let start = 0;
  for (let f = 0; f < k; f++) {
    const size = Math.floor(n / k) + (f < n % k ? 1 : 0);
    folds.push(Array.from({ length: size }, (_, i) => start + i));
    start += size;
  }
  return folds;
}

/** One fold: best training threshold → test accuracy; training FAR threshold → test VAL / FAR. */
function evaluateFold(f: number, train: number[], test: number[], dist: ArrayLike<number>, same: ArrayLike<boolean>, o: Required<TenFoldOptions>) {
  const trainAcc = o.thresholds.map((t) => rocPoint(t, dist, same, train).accuracy);
  const best = o.thresholds[trainAcc.indexOf(Math.max(...trainAcc))];
  const testRoc = o.thresholds.map((t) => rocPoint(t, dist, same, test));
  const trainFar = o.valThresholds.map((t) => valFar(t, dist, same, train).far);
  const valThreshold = thresholdAtFar(o.farTarget, o.valThresholds, trainFar);
  const { val, far } = valFar(valThreshold, dist, same, test);
  const result: FoldResult = { fold: f, threshold: best, accuracy: rocPoint(best, dist, same, test).accuracy, valThreshold, val, far };
  return { result, testRoc };
}

/** The 10-fold verification report for pair distances `dist` and ground truth `same`. */
export function tenFold(dist: ArrayLike<number>, same: ArrayLike<boolean>, options: TenFoldOptions = {}): VerificationReport {
  const o: Required<TenFoldOptions> = {
    folds: options.folds ?? 10,
    thresholds: options.thresholds ?? thresholdGrid(0, 4, 0.01),
    valThresholds: options.valThresholds ?? thresholdGrid(0, 4, 0.001),
    farTarget: options.farTarget ?? 1e-3,
  };
  const folds = kFolds(dist.length, o.folds);
  const runs = folds.map((test, f) => evaluateFold(f, folds.filter((_, g) => g !== f).flat(), test, dist, same, o));
  const roc = o.thresholds.map((threshold, i) => ({
    threshold,
    tpr: mean(runs.map((r) => r.testRoc[i].tpr)),
    fpr: mean(runs.map((r) => r.testRoc[i].fpr)),
  }));
  const accs = runs.map((r) => r.result.accuracy);
  const vals = runs.map((r) => r.result.val);
  return {
    folds: runs.map((r) => r.result),
    accuracy: { mean: mean(accs), std: std(accs) },
    val: { mean: mean(vals), std: std(vals), far: mean(runs.map((r) => r.result.far)), target: o.farTarget },
    auc: auc(roc),
    eer: equalErrorRate(roc),
    roc,
  };
}
