/**
 * Unit tests for src/mtcnn/pyramid.ts: the scales P-Net runs at and the size of each level,
 * checked against hand-computed values for the reference loop (facenet-pytorch `detect_face`).
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { levelSize, pyramid, pyramidScales } from "../src/mtcnn/pyramid.js";

const close = (actual: number, expected: number, message?: string) =>
  assert.ok(Math.abs(actual - expected) <= 1e-12 * Math.max(1, Math.abs(expected)), message ?? `${actual} ≠ ${expected}`);

describe("pyramidScales", () => {
  test("pyramidScales(640, 480, 20, 0.709) starts at 12/20 and shrinks by 0.709 while the shorter side is ≥ 12", () => {
    // Shorter side 480 × 0.6 = 288 px at the first level. Level k has 288 × 0.709^k px:
    //   k: 0 288 · 1 204.2 · 2 144.8 · 3 102.6 · 4 72.8 · 5 51.6 · 6 36.6 · 7 25.9 · 8 18.4 · 9 13.04 · 10 9.24
    // 13.04 ≥ 12 but 9.24 < 12, so there are 10 scales (k = 0 … 9).
    const scales = pyramidScales(640, 480, 20, 0.709);
    assert.equal(scales.length, 10);
    close(scales[0], 0.6);
    scales.forEach((s, k) => close(s, 0.6 * 0.709 ** k, `scale ${k}`));
    for (let k = 1; k < scales.length; k++) close(scales[k] / scales[k - 1], 0.709);
    assert.ok(480 * scales[9] >= 12);
    assert.ok(480 * scales[9] * 0.709 < 12);
  });

  test("pyramidScales(width, height, …) depends only on the shorter side", () => {
    assert.deepEqual(pyramidScales(480, 640, 20, 0.709), pyramidScales(640, 480, 20, 0.709));
    assert.deepEqual(pyramidScales(480, 5000, 20, 0.709), pyramidScales(640, 480, 20, 0.709));
  });

  test("pyramidScales(10, 10, 20, 0.709) is empty: the shorter side 10 × 0.6 = 6 < 12", () => {
    assert.deepEqual(pyramidScales(10, 10, 20, 0.709), []);
    assert.deepEqual(pyramid(10, 10, 20, 0.709), []);
  });

  test("pyramidScales(w, h, m, f) includes a level whose shorter side is exactly 12", () => {
    // 20 × 12/20 = 12 → one level; the next one (12 × 0.5 = 6) is too small.
    assert.deepEqual(pyramidScales(20, 30, 20, 0.5), [0.6]);
    // 19 × 0.6 = 11.4 < 12 → none.
    assert.deepEqual(pyramidScales(19, 30, 20, 0.5), []);
  });

  test("pyramidScales(w, h, 12, f) starts at scale 1 for the smallest face P-Net can see", () => {
    // 100, 50, 25, 12.5 ≥ 12; 6.25 < 12.
    assert.deepEqual(pyramidScales(100, 100, 12, 0.5), [1, 0.5, 0.25, 0.125]);
  });

  test("pyramidScales(w, h, m, f) has fewer levels for a larger minimum face", () => {
    // 480 × 12/40 = 144 → 144 × 0.709^k ≥ 12 for k ≤ 7 (12.97 at k = 7, 9.19 at k = 8): 8 scales.
    const scales = pyramidScales(640, 480, 40, 0.709);
    assert.equal(scales.length, 8);
    close(scales[0], 0.3);
  });
});

describe("levelSize", () => {
  test("levelSize(w, h, scale) is trunc(side × scale + 1), as the reference's int(side * scale + 1)", () => {
    // 640 × 0.6 + 1 = 385, 480 × 0.6 + 1 = 289.
    assert.deepEqual(levelSize(640, 480, 0.6), { width: 385, height: 289 });
    // 640 × 0.4254 + 1 = 273.256 → 273; 480 × 0.4254 + 1 = 205.192 → 205.
    assert.deepEqual(levelSize(640, 480, 0.4254), { width: 273, height: 205 });
    // 101 × 0.5 + 1 = 51.5 → 51 (truncation, not rounding).
    assert.deepEqual(levelSize(101, 99, 0.5), { width: 51, height: 50 });
  });
});

describe("pyramid", () => {
  test("pyramid(640, 480, 20, 0.709) pairs every scale with its level size", () => {
    const levels = pyramid(640, 480, 20, 0.709);
    const scales = pyramidScales(640, 480, 20, 0.709);
    assert.equal(levels.length, scales.length);
    levels.forEach((level, k) => {
      assert.equal(level.scale, scales[k]);
      assert.deepEqual({ width: level.width, height: level.height }, levelSize(640, 480, scales[k]));
    });
    assert.deepEqual(levels[0], { scale: levels[0].scale, width: 385, height: 289 });
    // The last level: 0.6 × 0.709^9 ≈ 0.027162 → 640 × s + 1 ≈ 18.4, 480 × s + 1 ≈ 14.04.
    assert.deepEqual({ width: levels[9].width, height: levels[9].height }, { width: 18, height: 14 });
  });
});
