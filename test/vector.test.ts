import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { distance, dot, rowSquaredDistance, squaredDistance, unitRows, unitVector } from "../src/math/vector.js";

describe("vector helpers", () => {
  test("squaredDistance and distance on a 3-4-5 triangle", () => {
    assert.equal(squaredDistance([0, 0], [3, 4]), 25);
    assert.equal(distance([0, 0], [3, 4]), 5);
  });

  test("dot sums the products", () => {
    assert.equal(dot([1, 2, 3], [4, 5, 6]), 32);
  });

  test("rowSquaredDistance reads two rows of a row-major matrix in place", () => {
    const y = [0, 0, 9, 9, 3, 4]; // 3 rows × 2
    assert.equal(rowSquaredDistance(y, 2, 0, 2), 25);
  });

  test("unitVector returns a unit-length copy of the same type and leaves its input alone", () => {
    const v = Float32Array.of(3, 4);
    const u = unitVector(v);
    assert.ok(u instanceof Float32Array);
    assert.deepEqual(Array.from(u), [Math.fround(0.6), Math.fround(0.8)]);
    assert.deepEqual(Array.from(v), [3, 4]);
    assert.deepEqual(Array.from(unitVector(Float64Array.of(0, 0))), [0, 0]); // a zero vector stays zero
  });

  test("unitRows scales each row on its own", () => {
    assert.deepEqual(Array.from(unitRows(Float64Array.of(3, 4, 0, 2), 2)), [0.6, 0.8, 0, 1]);
  });
});
