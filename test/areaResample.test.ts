/**
 * Tests for src/image/integral.ts and src/image/areaResample.ts against a brute-force torch
 * adaptive average pooling (`interpolate(mode="area")`): bin i of n over N covers
 * [floor(i·N/n), ceil((i+1)·N/n)); cells outside the image count as 0 but still count in the bin area.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import type { Pixels } from "../src/core/types.js";
import { areaBins, areaResample, type PixelRect } from "../src/image/areaResample.js";
import { integralImage } from "../src/image/integral.js";

/** Brute-force area resample of `rect` (which may leave the image) to outW × outH, HWC RGB. */
function bruteForce(px: Pixels, rect: PixelRect, outW: number, outH: number, gain = 1, bias = 0): Float64Array {
  const out = new Float64Array(outW * outH * 3);
  const w = rect.x1 - rect.x0;
  const h = rect.y1 - rect.y0;
  for (let i = 0; i < outH; i++) {
    const ys = rect.y0 + Math.floor((i * h) / outH);
    const ye = rect.y0 + Math.ceil(((i + 1) * h) / outH);
    for (let j = 0; j < outW; j++) {
      const xs = rect.x0 + Math.floor((j * w) / outW);
      const xe = rect.x0 + Math.ceil(((j + 1) * w) / outW);
      for (let c = 0; c < 3; c++) {
        let sum = 0;
        for (let y = ys; y < ye; y++) {
          for (let x = xs; x < xe; x++) {
            const inside = x >= 0 && x < px.width && y >= 0 && y < px.height;
            if (inside) sum += px.data[(y * px.width + x) * px.channels + c];
          }
        }
        out[(i * outW + j) * 3 + c] = (sum / ((ye - ys) * (xe - xs))) * gain + bias;
      }
    }
  }
  return out;
}

function assertClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tol = 1e-3): void {
  assert.equal(actual.length, expected.length, "length");
  for (let k = 0; k < expected.length; k++) {
    assert.ok(Math.abs(actual[k] - expected[k]) <= tol, `[${k}]: ${actual[k]} ≠ ${expected[k]}`);
  }
}

/** A deterministic pseudo-random image (LCG), so failures reproduce. */
function noise(width: number, height: number, channels: 3 | 4, seed: number): Pixels {
  const data = new Uint8Array(width * height * channels);
  let s = seed >>> 0;
  for (let k = 0; k < data.length; k++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    data[k] = s >>> 24;
  }
  return { width, height, channels, data };
}

const imageArb = fc
  .record({
    width: fc.integer({ min: 1, max: 12 }),
    height: fc.integer({ min: 1, max: 12 }),
    channels: fc.constantFrom<3 | 4>(3, 4),
    seed: fc.integer({ min: 0, max: 2 ** 31 }),
  })
  .map(({ width, height, channels, seed }) => noise(width, height, channels, seed));

/** An image, a rectangle that may extend up to 6 px past any edge, and an output size (up- or down-sampling). */
const caseArb = imageArb.chain((px) =>
  fc.record({
    px: fc.constant(px),
    x0: fc.integer({ min: -6, max: px.width + 5 }),
    y0: fc.integer({ min: -6, max: px.height + 5 }),
    w: fc.integer({ min: 1, max: px.width + 12 }),
    h: fc.integer({ min: 1, max: px.height + 12 }),
    outW: fc.integer({ min: 1, max: 20 }),
    outH: fc.integer({ min: 1, max: 20 }),
  }),
);

/** Runs areaResample into a fresh buffer. */
function resample(px: Pixels, rect: PixelRect, outW: number, outH: number, gain = 1, bias = 0): Float32Array {
  const out = new Float32Array(outW * outH * 3);
  areaResample(integralImage(px), rect, outW, outH, out, 0, gain, bias);
  return out;
}

describe("areaBins", () => {
  test("areaBins(origin, N, n) gives torch's adaptive-pooling bins [floor(i·N/n), ceil((i+1)·N/n))", () => {
    // 5 → 3: [0, 2), [1, 4), [3, 5) — bins overlap when N is not a multiple of n.
    const { start, end } = areaBins(0, 5, 3);
    assert.deepEqual(Array.from(start), [0, 1, 3]);
    assert.deepEqual(Array.from(end), [2, 4, 5]);
  });
  test("areaBins(origin, N, n) for upsampling repeats cells, offset by origin", () => {
    // 2 → 4 from origin −3: [−3, −2), [−3, −2), [−2, −1), [−2, −1).
    const { start, end } = areaBins(-3, 2, 4);
    assert.deepEqual(Array.from(start), [-3, -3, -2, -2]);
    assert.deepEqual(Array.from(end), [-2, -2, -1, -1]);
  });
});

describe("areaResample", () => {
  test("areaResample(ii, rect, outW, outH, out) matches brute-force adaptive average pooling on random images", () => {
    fc.assert(
      fc.property(caseArb, ({ px, x0, y0, w, h, outW, outH }) => {
        const rect = { x0, y0, x1: x0 + w, y1: y0 + h };
        assertClose(resample(px, rect, outW, outH), bruteForce(px, rect, outW, outH));
      }),
      { numRuns: 400 },
    );
  });

  test("areaResample(…, gain, bias) maps each mean as mean × gain + bias", () => {
    fc.assert(
      fc.property(caseArb, fc.double({ min: -2, max: 2, noNaN: true }), fc.double({ min: -200, max: 200, noNaN: true }), (c, gain, bias) => {
        const rect = { x0: c.x0, y0: c.y0, x1: c.x0 + c.w, y1: c.y0 + c.h };
        assertClose(resample(c.px, rect, c.outW, c.outH, gain, bias), bruteForce(c.px, rect, c.outW, c.outH, gain, bias), 2e-3);
      }),
      { numRuns: 150 },
    );
  });

  test("areaResample of the whole image at its own size is the image itself", () => {
    const px = noise(7, 5, 3, 42);
    const out = resample(px, { x0: 0, y0: 0, x1: 7, y1: 5 }, 7, 5);
    assert.deepEqual(Array.from(out), Array.from(px.data));
  });

  test("areaResample of a 2×2 image to 1×1 is the mean; to 4×4 repeats each pixel in a 2×2 block", () => {
    const px: Pixels = { width: 2, height: 2, channels: 3, data: new Uint8Array([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110]) };
    assert.deepEqual(Array.from(resample(px, { x0: 0, y0: 0, x1: 2, y1: 2 }, 1, 1)), [45, 55, 65]);
    const up = resample(px, { x0: 0, y0: 0, x1: 2, y1: 2 }, 4, 4);
    const at = (x: number, y: number) => Array.from(up.subarray((y * 4 + x) * 3, (y * 4 + x) * 3 + 3));
    assert.deepEqual(at(0, 0), [0, 10, 20]);
    assert.deepEqual(at(1, 1), [0, 10, 20]);
    assert.deepEqual(at(2, 0), [30, 40, 50]);
    assert.deepEqual(at(3, 3), [90, 100, 110]);
  });

  test("areaResample of a rectangle half outside the image averages the outside as black over the full bin", () => {
    // 2×1 white image; rect columns [−2, 2) → 1×1: (0 + 0 + 255 + 255) / 4 = 127.5.
    const px: Pixels = { width: 2, height: 1, channels: 3, data: new Uint8Array(6).fill(255) };
    assert.deepEqual(Array.from(resample(px, { x0: -2, y0: 0, x1: 2, y1: 1 }, 1, 1)), [127.5, 127.5, 127.5]);
    // Rows [0, 2) past the bottom edge: (255 + 255 + 0 + 0) / 4.
    assert.deepEqual(Array.from(resample(px, { x0: 0, y0: 0, x1: 2, y1: 2 }, 1, 1)), [127.5, 127.5, 127.5]);
    // Entirely outside: black.
    assert.deepEqual(Array.from(resample(px, { x0: 5, y0: 3, x1: 9, y1: 6 }, 2, 2)), new Array(12).fill(0));
  });

  test("areaResample(…, out, offset) writes only from offset onwards", () => {
    const px: Pixels = { width: 1, height: 1, channels: 3, data: new Uint8Array([1, 2, 3]) };
    const out = new Float32Array(9).fill(-1);
    areaResample(integralImage(px), { x0: 0, y0: 0, x1: 1, y1: 1 }, 1, 1, out, 3);
    assert.deepEqual(Array.from(out), [-1, -1, -1, 1, 2, 3, -1, -1, -1]);
  });
});

describe("integralImage", () => {
  test("integralImage(pixels) sums rows above and columns to the left, per channel", () => {
    const px: Pixels = { width: 2, height: 2, channels: 3, data: new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]) };
    const ii = integralImage(px);
    assert.equal(ii.width, 2);
    assert.equal(ii.height, 2);
    assert.equal(ii.sums.length, 3 * 3 * 3);
    const at = (x: number, y: number) => Array.from(ii.sums.subarray((y * 3 + x) * 3, (y * 3 + x) * 3 + 3));
    assert.deepEqual(at(0, 0), [0, 0, 0]);
    assert.deepEqual(at(2, 0), [0, 0, 0]);
    assert.deepEqual(at(0, 2), [0, 0, 0]);
    assert.deepEqual(at(1, 1), [1, 2, 3]);
    assert.deepEqual(at(2, 1), [5, 7, 9]);
    assert.deepEqual(at(1, 2), [8, 10, 12]);
    assert.deepEqual(at(2, 2), [22, 26, 30]);
  });

  test("integralImage(pixels) with 4 channels ignores alpha", () => {
    const rgba = noise(6, 4, 4, 7);
    const rgb = new Uint8Array(6 * 4 * 3);
    for (let p = 0; p < 24; p++) for (let c = 0; c < 3; c++) rgb[p * 3 + c] = rgba.data[p * 4 + c];
    const expected = integralImage({ width: 6, height: 4, channels: 3, data: rgb });
    assert.deepEqual(integralImage(rgba), expected);
    // Changing only alpha changes nothing.
    const other = { ...rgba, data: Uint8ClampedArray.from(rgba.data, (v, k) => (k % 4 === 3 ? 255 - v : v)) };
    assert.deepEqual(integralImage(other).sums, expected.sums);
  });

  test("integralImage stays exact for a 4000×1200 all-255 image: the whole-image mean is 255", () => {
    const width = 4000;
    const height = 1200;
    const px: Pixels = { width, height, channels: 3, data: new Uint8Array(width * height * 3).fill(255) };
    const ii = integralImage(px);
    const out = new Float32Array(3);
    areaResample(ii, { x0: 0, y0: 0, x1: width, y1: height }, 1, 1, out);
    assert.deepEqual(Array.from(out), [255, 255, 255]);
    const quad = new Float32Array(2 * 2 * 3);
    areaResample(ii, { x0: 0, y0: 0, x1: width, y1: height }, 2, 2, quad);
    assert.deepEqual(Array.from(quad), new Array(12).fill(255));
  });

  test("integralImage's modulo-2³² sums give exact means once the table itself wraps (> 16.8 Mpx of 255)", () => {
    // 4200 × 4100 = 17.22 Mpx × 255 > 2³²: the bottom-right table entries have wrapped.
    const width = 4200;
    const height = 4100;
    const data = new Uint8Array(width * height * 3).fill(255);
    // A distinct value in the bottom-right 10×10 corner, so a wrong difference shows.
    for (let y = height - 10; y < height; y++) {
      for (let x = width - 10; x < width; x++) data.fill(7, (y * width + x) * 3, (y * width + x) * 3 + 3);
    }
    const ii = integralImage({ width, height, channels: 3, data });
    assert.ok(width * height * 255 > 2 ** 32);
    assert.notEqual(ii.sums[ii.sums.length - 1], (width * height - 100) * 255 + 100 * 7, "the last entry has wrapped");
    const out = new Float32Array(3);
    areaResample(ii, { x0: width - 10, y0: height - 10, x1: width, y1: height }, 1, 1, out);
    assert.deepEqual(Array.from(out), [7, 7, 7]);
    // 20×20 bottom-right: 300 cells of 255 and 100 of 7 → (300·255 + 700) / 400 = 193.
    areaResample(ii, { x0: width - 20, y0: height - 20, x1: width, y1: height }, 1, 1, out);
    assert.deepEqual(Array.from(out), [193, 193, 193]);
    // The bottom 200 rows: the entry above them (3900 rows, 4.18e9) has not wrapped but the last one
    // has, so the four-entry difference is only right modulo 2³².
    assert.ok(ii.sums[(height - 200) * (width + 1) * 3 + width * 3] === (height - 200) * width * 255);
    areaResample(ii, { x0: 0, y0: height - 200, x1: width, y1: height }, 1, 1, out);
    const mean = ((200 * width - 100) * 255 + 100 * 7) / (200 * width);
    for (const v of out) assert.ok(Math.abs(v - mean) < 1e-3, `${v} ≠ ${mean}`);
  });
});
