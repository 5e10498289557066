import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { median } from "../src/math/statistics.js";

describe("statistics", () => {
  test("median of odd and even lists (the mean of the middle two, as d3.median)", () => {
    assert.equal(median([3, 1, 2]), 2);
    assert.equal(median([4, 1, 2, 3]), 2.5);
  });

  test("median of an empty list is NaN and leaves its input unsorted", () => {
    const xs = [3, 1, 2];
    median(xs);
    assert.deepEqual(xs, [3, 1, 2]);
    assert.ok(Number.isNaN(median([])));
  });
});
