import assert from "node:assert/strict";
import { test } from "node:test";
import { convPreluJs, densePreluJs, packFilter } from "../src/mtcnn/accelerators/jsConv.js";

/** A seeded stream in [-0.5, 0.5) so failures reproduce. */
function values(count: number, seed: number): Float32Array {
  let s = seed >>> 0;
  return Float32Array.from({ length: count }, () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32 - 0.5);
}

/** The textbook six loops: valid conv, stride 1, bias, PReLU — the definition the fast kernel must match. */
function naive(x: Float32Array, [n, h, w, ci]: number[], f: Float32Array, [kh, kw, , co]: number[], bias: Float32Array, alpha?: Float32Array): Float32Array {
  const oh = h - kh + 1,
    ow = w - kw + 1,
    out = new Float32Array(n * oh * ow * co);
  for (let b = 0; b < n; b++)
    for (let y = 0; y < oh; y++)
      for (let xo = 0; xo < ow; xo++)
        for (let o = 0; o < co; o++) {
          let s = bias[o];
          for (let i = 0; i < kh; i++)
            for (let j = 0; j < kw; j++)
              for (let c = 0; c < ci; c++) {
                s += x[((b * h + y + i) * w + xo + j) * ci + c] * f[((i * kw + j) * ci + c) * co + o];
              }
          out[((b * oh + y) * ow + xo) * co + o] = alpha && s < 0 ? s * alpha[o] : s;
        }
  return out;
}

function maxDiff(a: Float32Array, b: Float32Array): number {
  assert.equal(a.length, b.length);
  return a.reduce((m, v, i) => Math.max(m, Math.abs(v - b[i])), 0);
}

test("convPreluJs matches the textbook convolution for every row-end block and channel remainder", () => {
  // widths 3..8 give outputs of 1..6 px (blocks of 4, 2, 1); channels 1..9 leave 0–3 padded lanes
  for (const [n, h, w, ci, co, k] of [
    [1, 3, 3, 1, 1, 3],
    [2, 5, 4, 3, 10, 3],
    [1, 4, 5, 2, 5, 3],
    [3, 6, 6, 4, 7, 3],
    [1, 7, 7, 3, 9, 3],
    [2, 8, 8, 5, 4, 2],
    [1, 9, 8, 6, 3, 1],
    [1, 5, 9, 2, 2, 3],
  ]) {
    const xs = values(n * h * w * ci, n + h),
      fs = values(k * k * ci * co, w + co),
      bias = values(co, 7),
      alpha = values(co, 9);
    const fShape = [k, k, ci, co];
    for (const a of [alpha, undefined]) {
      const got = convPreluJs(xs, [n, h, w, ci], packFilter(fs, fShape), { bias, alpha: a });
      assert.ok(maxDiff(got, naive(xs, [n, h, w, ci], fs, fShape, bias, a)) < 1e-6, `${[n, h, w, ci, co, k]} alpha ${!!a}`);
    }
  }
});

test("densePreluJs is the matrix product plus bias, with PReLU on negatives", () => {
  const x = Float32Array.of(1, 2, -3, 0, 1, 1); // [2, 3]
  const wts = Float32Array.of(1, 0, 0, 1, 1, 1); // [3, 2]
  const out = densePreluJs(x, 2, packFilter(wts, [1, 1, 3, 2]), { bias: Float32Array.of(0, -10), alpha: Float32Array.of(0.5, 0.25) });
  // row 0: [1 − 3, 2 − 3 − 10] = [−2, −11] → PReLU [−1, −2.75]; row 1: [0 + 1, 1 + 1 − 10] = [1, −8] → [1, −2]
  assert.deepEqual([...out], [-1, -2.75, 1, -2]);
});

test("convPreluJs does not touch its input and gives an empty map when the kernel is larger than the image", () => {
  const xs = values(2 * 2 * 3, 1),
    copy = Float32Array.from(xs);
  const out = convPreluJs(xs, [1, 2, 2, 3], packFilter(values(27 * 2, 2), [3, 3, 3, 2]), { bias: new Float32Array(2) });
  assert.equal(out.length, 0);
  assert.deepEqual(xs, copy);
});

test("packFilter and convPreluJs reject shapes that do not fit their data", () => {
  assert.throws(() => packFilter(new Float32Array(5), [1, 1, 2, 3]), /filter has 5 values/);
  const f = packFilter(new Float32Array(6), [1, 1, 2, 3]);
  assert.throws(() => convPreluJs(new Float32Array(4), [1, 1, 1, 4], f, { bias: new Float32Array(3) }), /4 channels, filter expects 2/);
  assert.throws(() => convPreluJs(new Float32Array(3), [1, 1, 2, 2], f, { bias: new Float32Array(3) }), /3 values/);
  assert.throws(() => densePreluJs(new Float32Array(4), 2, packFilter(new Float32Array(12), [1, 2, 2, 3]), { bias: new Float32Array(3) }), /1×1 filter/);
});
