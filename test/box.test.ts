/**
 * Unit tests for src/core/box.ts: area, intersection, overlap (union and min), square, clip and
 * regress, on boxes small enough to check by hand.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { area, clip, intersection, iou, overlap, regress, square } from "../src/core/box.js";
import type { Box } from "../src/core/types.js";
import { matchBoxes } from "../src/core/matchBoxes.js";

describe("area", () => {
  test("area(box) is width × height", () => {
    assert.equal(area([1, 2, 5, 8]), 24);
    assert.equal(area([-3, -1, 2, 1]), 10);
  });
  test("area(box) is 0 for an empty or inverted box", () => {
    assert.equal(area([4, 4, 4, 10]), 0);
    assert.equal(area([5, 0, 1, 3]), 0);
    assert.equal(area([0, 5, 3, 1]), 0);
    // Both sides inverted must not multiply to a positive area.
    assert.equal(area([5, 5, 1, 1]), 0);
  });
});

describe("intersection", () => {
  test("intersection(a, b) is the area of the overlap", () => {
    assert.equal(intersection([0, 0, 10, 10], [5, 5, 15, 15]), 25);
    assert.equal(intersection([0, 0, 10, 10], [2, 3, 4, 7]), 8);
  });
  test("intersection(a, b) is symmetric", () => {
    assert.equal(intersection([2, 3, 4, 7], [0, 0, 10, 10]), 8);
  });
  test("intersection(a, b) is 0 for disjoint and edge-touching boxes", () => {
    assert.equal(intersection([0, 0, 10, 10], [20, 0, 30, 10]), 0);
    assert.equal(intersection([0, 0, 10, 10], [10, 0, 20, 10]), 0);
    // Overlapping in x but not in y.
    assert.equal(intersection([0, 0, 10, 10], [5, 12, 15, 20]), 0);
  });
});

describe("overlap and iou", () => {
  test("iou(a, a) is 1 for identical boxes", () => {
    assert.equal(iou([3, 4, 13, 24], [3, 4, 13, 24]), 1);
    assert.equal(overlap([3, 4, 13, 24], [3, 4, 13, 24], "min"), 1);
  });
  test("iou(a, b) is 0 for disjoint boxes, in both modes", () => {
    assert.equal(iou([0, 0, 10, 10], [11, 11, 20, 20]), 0);
    assert.equal(overlap([0, 0, 10, 10], [11, 11, 20, 20], "min"), 0);
  });
  test("iou(a, b) of two boxes overlapping by half their width is 1/3", () => {
    // Intersection 5×10 = 50, union 100 + 100 − 50 = 150.
    assert.equal(iou([0, 0, 10, 10], [5, 0, 15, 10]), 1 / 3);
    assert.equal(overlap([0, 0, 10, 10], [5, 0, 15, 10], "union"), 1 / 3);
  });
  test('overlap(a, b, "min") of a half overlap is 1/2', () => {
    assert.equal(overlap([0, 0, 10, 10], [5, 0, 15, 10], "min"), 0.5);
  });
  test("overlap(a, b) defaults to union mode", () => {
    assert.equal(overlap([0, 0, 10, 10], [5, 0, 15, 10]), 1 / 3);
  });
  test('overlap(outer, inner, "min") is 1 for a contained box, while iou is the area ratio', () => {
    const outer: Box = [0, 0, 10, 10];
    const inner: Box = [2, 2, 7, 6]; // 5 × 4 = 20
    assert.equal(overlap(outer, inner, "min"), 1);
    assert.equal(overlap(inner, outer, "min"), 1);
    assert.equal(iou(outer, inner), 0.2);
  });
  test('overlap(a, b, "min") divides by the smaller box of different sizes', () => {
    // a: 10×10 = 100, b: 4×20 = 80, intersection 4×10 = 40.
    assert.equal(overlap([0, 0, 10, 10], [6, 0, 10, 20], "min"), 0.5);
    assert.equal(overlap([0, 0, 10, 10], [6, 0, 10, 20], "union"), 40 / 140);
  });
  test("overlap(a, b) is 0 when a box is empty", () => {
    assert.equal(iou([5, 5, 5, 5], [0, 0, 10, 10]), 0);
    assert.equal(overlap([5, 5, 5, 9], [0, 0, 10, 10], "min"), 0);
  });
});

describe("square", () => {
  test("square(box) of a tall box keeps the centre and takes the height as side", () => {
    assert.deepEqual(square([10, 20, 14, 30]), [7, 20, 17, 30]);
  });
  test("square(box) of a wide box keeps the centre and takes the width as side", () => {
    assert.deepEqual(square([0, 0, 8, 2]), [0, -3, 8, 5]);
  });
  test("square(box) of a square box is the same box", () => {
    assert.deepEqual(square([1.5, 2.5, 11.5, 12.5]), [1.5, 2.5, 11.5, 12.5]);
  });
  test("square(box) works with fractional coordinates", () => {
    // w = 3, h = 6, centre (2.5, 5): side 6 → [−0.5, 2, 5.5, 8].
    assert.deepEqual(square([1, 2, 4, 8]), [-0.5, 2, 5.5, 8]);
  });
  test("square(box) does not mutate its input", () => {
    const box: Box = [10, 20, 14, 30];
    square(box);
    assert.deepEqual(box, [10, 20, 14, 30]);
  });
});

describe("clip", () => {
  test("clip(box, width, height) leaves a box inside the image unchanged", () => {
    assert.deepEqual(clip([1, 2, 30, 40], 640, 480), [1, 2, 30, 40]);
  });
  test("clip(box, width, height) cuts each side back to [0, width] × [0, height]", () => {
    assert.deepEqual(clip([-5, -7, 700, 500], 640, 480), [0, 0, 640, 480]);
    assert.deepEqual(clip([-5, 10, 20, 500], 100, 50), [0, 10, 20, 50]);
  });
  test("clip(box, width, height) clamps x by width and y by height (not the other way)", () => {
    assert.deepEqual(clip([150, 150, 160, 160], 200, 100), [150, 100, 160, 100]);
  });
  test("clip(box, width, height) does not mutate its input", () => {
    const box: Box = [-5, -7, 700, 500];
    clip(box, 640, 480);
    assert.deepEqual(box, [-5, -7, 700, 500]);
  });
});

describe("regress", () => {
  test("regress(box, d) with extent 0 moves each side by a fraction of x2 − x1 / y2 − y1", () => {
    // w = 10, h = 20.
    assert.deepEqual(regress([0, 0, 10, 20], [0.1, 0.2, -0.3, 0.5]), [1, 4, 7, 30]);
    assert.deepEqual(regress([0, 0, 10, 20], [0.1, 0.2, -0.3, 0.5], 0), [1, 4, 7, 30]);
  });
  test("regress(box, d, 1) measures the box as x2 − x1 + 1 (inclusive pixels)", () => {
    // w = 10, h = 20 with the +1.
    assert.deepEqual(regress([5, 10, 14, 29], [0.1, 0.2, -0.3, 0.5], 1), [6, 14, 11, 39]);
  });
  test("regress(box, zeros) is the box itself", () => {
    assert.deepEqual(regress([3, 4, 5, 6], [0, 0, 0, 0], 1), [3, 4, 5, 6]);
  });
  test("regress(box, d) accepts a typed-array view of a network's output row", () => {
    const out = new Float32Array([9, 0.5, 0.25, -0.5, -0.25]);
    assert.deepEqual(regress([0, 0, 8, 4], out.subarray(1)), [4, 1, 4, 3]);
  });
  test("regress(box, d) does not mutate its inputs", () => {
    const box: Box = [0, 0, 10, 20];
    const d = [0.1, 0.2, -0.3, 0.5];
    regress(box, d, 1);
    assert.deepEqual(box, [0, 0, 10, 20]);
    assert.deepEqual(d, [0.1, 0.2, -0.3, 0.5]);
  });
});

describe("matchBoxes", () => {
  test("pairs each box at most once, best overlap first, and drops pairs under the IoU bar", () => {
    const a: Box[] = [
      [0, 0, 10, 10],
      [20, 0, 30, 10],
    ];
    const b: Box[] = [
      [1, 0, 11, 10],
      [0, 0, 10, 10],
      [50, 50, 60, 60],
    ];
    assert.deepEqual(
      matchBoxes(a, b, 0.5).map(([i, j]) => [i, j]),
      [[0, 1]],
    );
    assert.deepEqual(matchBoxes(a, [], 0.5), []);
  });
});
