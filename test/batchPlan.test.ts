import assert from "node:assert/strict";
import { test } from "node:test";
import { batchPlan, nextPowerOfTwo } from "../src/mtcnn/batchPlan.js";

test("nextPowerOfTwo", () => {
  assert.deepEqual([1, 2, 3, 4, 5, 63, 64, 65].map(nextPowerOfTwo), [1, 2, 4, 4, 8, 64, 64, 128]);
});

test("batchPlan: full chunks, then the rest padded to a power of two", () => {
  assert.deepEqual(batchPlan(0), []);
  assert.deepEqual(batchPlan(1), [1]);
  assert.deepEqual(batchPlan(3), [4]);
  assert.deepEqual(batchPlan(64), [64]);
  assert.deepEqual(batchPlan(150), [64, 64, 32]);
  assert.deepEqual(batchPlan(10, 4), [4, 4, 2]);
});

test("batchPlan covers n with padding only in the last chunk, from a small set of sizes", () => {
  const sizes = new Set<number>();
  for (let n = 0; n <= 1000; n++) {
    const plan = batchPlan(n);
    const total = plan.reduce((a, b) => a + b, 0);
    assert.ok(total >= n && total - n < Math.max(1, plan.at(-1) ?? 1), `n=${n}: ${plan}`);
    assert.ok(plan.slice(0, -1).every((s) => s === 64), `n=${n}: only the last chunk may be short`);
    plan.forEach((s) => sizes.add(s));
  }
  assert.deepEqual([...sizes].sort((a, b) => a - b), [1, 2, 4, 8, 16, 32, 64]);
});

test("batchPlan rejects bad arguments", () => {
  assert.throws(() => batchPlan(-1), RangeError);
  assert.throws(() => batchPlan(1.5), RangeError);
  assert.throws(() => batchPlan(5, 48), RangeError);
});
