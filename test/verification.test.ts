import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { auc, equalErrorRate, rocPoint, thresholdAtFar, thresholdGrid, valFar } from "../src/metrics/verification.js";
import { kFolds, tenFold } from "../src/metrics/tenFold.js";

const close = (a: number, b: number, eps = 1e-9) => assert.ok(Math.abs(a - b) < eps, `${a} ≈ ${b}`);

describe("verification metrics", () => {
  // Four pairs: two same (distances 0.2, 0.6), two different (0.4, 0.9).
  const dist = [0.2, 0.4, 0.6, 0.9];
  const same = [true, false, true, false];
  const all = [0, 1, 2, 3];

  test("thresholdGrid(0, 4, 0.01) has 400 thresholds like np.arange", () => {
    const g = thresholdGrid(0, 4, 0.01);
    assert.equal(g.length, 400);
    close(g[399], 3.99);
    assert.equal(thresholdGrid(0, 1, 0.25).length, 4);
  });

  test("rocPoint predicts 'same' strictly below the threshold", () => {
    assert.deepEqual(rocPoint(0.5, dist, same, all), { threshold: 0.5, tpr: 0.5, fpr: 0.5, accuracy: 0.5 });
    assert.deepEqual(rocPoint(0.6, dist, same, all), { threshold: 0.6, tpr: 0.5, fpr: 0.5, accuracy: 0.5 });
    assert.deepEqual(rocPoint(0.7, dist, same, all), { threshold: 0.7, tpr: 1, fpr: 0.5, accuracy: 0.75 });
    assert.deepEqual(rocPoint(0.3, dist, same, all), { threshold: 0.3, tpr: 0.5, fpr: 0, accuracy: 0.75 });
  });

  test("valFar is the true accept and false accept rate", () => {
    assert.deepEqual(valFar(1, dist, same, all), { val: 1, far: 1 });
    assert.deepEqual(valFar(0.1, dist, same, all), { val: 0, far: 0 });
  });

  test("thresholdAtFar interpolates linearly and falls back to 0 when the target is unreachable", () => {
    close(thresholdAtFar(0.25, [0, 1, 2], [0, 0, 0.5]), 1.5);
    assert.equal(thresholdAtFar(0.9, [0, 1], [0, 0.5]), 0);
    assert.equal(thresholdAtFar(0.5, [0, 1, 2, 3], [0, 0.5, 0.5, 1]), 1);
  });

  test("auc of the diagonal is 0.5 and of a perfect ROC is 1", () => {
    close(
      auc([
        { fpr: 0, tpr: 0 },
        { fpr: 1, tpr: 1 },
      ]),
      0.5,
    );
    close(
      auc([
        { fpr: 0, tpr: 0 },
        { fpr: 0, tpr: 1 },
        { fpr: 1, tpr: 1 },
      ]),
      1,
    );
  });

  test("equalErrorRate is where fpr = 1 − tpr", () => {
    close(
      equalErrorRate([
        { fpr: 0, tpr: 0 },
        { fpr: 1, tpr: 1 },
      ]),
      0.5,
    );
    close(
      equalErrorRate([
        { fpr: 0, tpr: 0 },
        { fpr: 0, tpr: 0.8 },
        { fpr: 0.4, tpr: 1 },
        { fpr: 1, tpr: 1 },
      ]),
      0.4 / 3,
      1e-12,
    ); // g = 1 − fpr − tpr goes 0.2 → −0.4: a third of the way
  });
});

describe("tenFold", () => {
  test("kFolds splits consecutively, the first n % k folds one larger", () => {
    assert.deepEqual(kFolds(7, 3), [
      [0, 1, 2],
      [3, 4],
      [5, 6],
    ]);
    assert.deepEqual(
      kFolds(6000, 10).map((f) => [f[0], f.length]),
      Array.from({ length: 10 }, (_, i) => [600 * i, 600]),
    );
  });

  test("perfectly separable distances give accuracy 1 ± 0, AUC 1, EER 0", () => {
    const n = 200;
    const same = Array.from({ length: n }, (_, i) => i % 2 === 0);
    const dist = same.map((s, i) => (s ? 0.5 : 2) + (i % 7) * 0.01);
    const r = tenFold(dist, same);
    assert.equal(r.accuracy.mean, 1);
    assert.equal(r.accuracy.std, 0);
    close(r.auc, 1);
    close(r.eer, 0);
    assert.equal(r.folds.length, 10);
    for (const f of r.folds) assert.ok(f.threshold > 0.56 && f.threshold <= 2, `threshold ${f.threshold}`);
  });

  test("the threshold is chosen on the other folds: a fold whose pairs contradict the rest loses accuracy", () => {
    const n = 100; // 10 folds of 10
    const same = Array.from({ length: n }, (_, i) => i % 2 === 0);
    const dist = same.map((s, i) => (i < 10 ? (s ? 2 : 0.5) : s ? 0.5 : 2));
    const r = tenFold(dist, same);
    assert.equal(r.folds[0].accuracy, 0);
    for (const f of r.folds.slice(1)) assert.equal(f.accuracy, 1);
    close(r.accuracy.mean, 0.9);
    close(r.accuracy.std, 0.3);
  });
});
