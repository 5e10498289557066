import assert from "node:assert/strict";
import { test } from "node:test";
import { batchPlan, nextPowerOfTwo } from "../src/mtcnn/accelerators/batchPlan.js";

test("nextPowerOfTwo", () => {
  assert.deepEqual([1, 2, 3, 4, 5, 63, 64, 65].map(nextPowerOfTwo), [1, 2, 4, 4, 8, 64, 64, 128]);
});

test("batchPlan: full chunks, then the rest as its binary digits, largest first", () => {
  assert.deepEqual(batchPlan(0), []);
  assert.deepEqual(batchPlan(1), [1]);
  assert.deepEqual(batchPlan(3), [2, 1]);
  assert.deepEqual(batchPlan(64), [64]);
  assert.deepEqual(batchPlan(150), [64, 64, 16, 4, 2]);
  assert.deepEqual(batchPlan(10, 4), [4, 4, 2]);
  assert.deepEqual(batchPlan(127), [64, 32, 16, 8, 4, 2, 1]);
});

test("batchPlan covers n exactly, largest chunks first, from a small set of sizes", () => {
  const sizes = new Set<number>();
  for (let n = 0; n <= 1000; n++) {
    const plan = batchPlan(n);
    assert.equal(
      plan.reduce((a, b) => a + b, 0),
      n,
      `n=${n}: ${plan}`,
    );
    assert.ok(
      plan.every((s, i) => i === 0 || s <= plan[i - 1]),
      `n=${n}: ${plan} not largest first`,
    );
    assert.ok(plan.filter((s) => s < 64).length === new Set(plan.filter((s) => s < 64)).size, `n=${n}: ${plan} repeats a short chunk`);
    plan.forEach((s) => sizes.add(s));
  }
  assert.deepEqual(
    [...sizes].sort((a, b) => a - b),
    [1, 2, 4, 8, 16, 32, 64],
  );
});

test("batchPlan rejects bad arguments", () => {
  assert.throws(() => batchPlan(-1), RangeError);
  assert.throws(() => batchPlan(1.5), RangeError);
  assert.throws(() => batchPlan(5, 48), RangeError);
});
