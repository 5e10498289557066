/**
 * Unit tests for src/mtcnn/candidates.ts: P-Net map cells at or above the threshold become 12×12
 * windows mapped back to the source image as floor((2x + 1)/scale) … floor((2x + 12)/scale).
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { generateCandidates, PNET_CELL, PNET_STRIDE } from "../src/mtcnn/candidates.js";

/** A regression map `[rows, cols, 4]` whose entries encode their cell: 10·i + k + 1 (i = cell, k = channel). */
function regMap(cells: number): Float32Array {
  return Float32Array.from({ length: 4 * cells }, (_, j) => 10 * Math.floor(j / 4) + (j % 4) + 1);
}

describe("generateCandidates", () => {
  test("PNET_CELL and PNET_STRIDE are P-Net's 12 px window and 2 px stride", () => {
    assert.equal(PNET_CELL, 12);
    assert.equal(PNET_STRIDE, 2);
  });

  test("generateCandidates(prob, reg, rows, cols, 1, t) maps cell (x, y) to [2x+1, 2y+1, 2x+12, 2y+12]", () => {
    // 1 row, 2 columns, both above the threshold.
    const out = generateCandidates([0.9, 0.8], regMap(2), 1, 2, 1, 0.5);
    assert.deepEqual(
      out.map((c) => c.box),
      [
        [1, 1, 12, 12],
        [3, 1, 14, 12],
      ],
    );
  });

  test("generateCandidates(…, scale, t) divides by the scale and floors, indexing row-major with rows ≠ cols", () => {
    // rows = 2, cols = 3, scale 0.75; cells 1 (x1,y0), 3 (x0,y1) and 5 (x2,y1) pass 0.6.
    const prob = [0.1, 0.6, 0.59, 0.9, 0.2, 0.61];
    const out = generateCandidates(prob, regMap(6), 2, 3, 0.75, 0.6);
    assert.deepEqual(out, [
      // x = 1, y = 0: floor(3/0.75) = 4, floor(1/0.75) = 1, floor(14/0.75) = 18, floor(12/0.75) = 16.
      { box: [4, 1, 18, 16], score: 0.6, reg: [11, 12, 13, 14] },
      // x = 0, y = 1.
      { box: [1, 4, 16, 18], score: 0.9, reg: [31, 32, 33, 34] },
      // x = 2, y = 1: floor(5/0.75) = 6, floor(16/0.75) = 21.
      { box: [6, 4, 21, 18], score: 0.61, reg: [51, 52, 53, 54] },
    ]);
  });

  test("generateCandidates(…, t) keeps scores equal to the threshold (≥, inclusive) and drops those just below", () => {
    const t = Math.fround(0.6);
    const prob = new Float32Array([0.6, 0.59999996]); // fround(0.6) and the float32 just below it
    assert.ok(prob[1] < t);
    const out = generateCandidates(prob, regMap(2), 1, 2, 1, t);
    assert.equal(out.length, 1);
    assert.equal(out[0].score, t);
    assert.deepEqual(out[0].box, [1, 1, 12, 12]);
  });

  test("generateCandidates(…, t) returns no candidates when every score is below t, or NaN", () => {
    assert.deepEqual(generateCandidates([0.1, 0.2, Number.NaN, 0.69], regMap(4), 2, 2, 1, 0.7), []);
    assert.deepEqual(generateCandidates([], new Float32Array(0), 0, 0, 1, 0.7), []);
  });

  test("generateCandidates(…) carries each cell's regression through unapplied", () => {
    const reg = new Float32Array([0.25, -0.5, 0.125, 1, /* cell 1 */ -1, 0, 0.5, -0.25]);
    const out = generateCandidates([0.9, 0.95], reg, 2, 1, 0.5, 0.5);
    assert.deepEqual(
      out.map((c) => c.reg),
      [
        [0.25, -0.5, 0.125, 1],
        [-1, 0, 0.5, -0.25],
      ],
    );
    // A single column: the second cell is (x 0, y 1); scale 0.5 doubles: [2, 6, 24, 28].
    assert.deepEqual(
      out.map((c) => c.box),
      [
        [2, 2, 24, 24],
        [2, 6, 24, 28],
      ],
    );
  });

  test("generateCandidates(…) does not mutate its maps", () => {
    const prob = new Float32Array([0.9, 0.1]);
    const reg = regMap(2);
    const out = generateCandidates(prob, reg, 1, 2, 1, 0.5);
    out[0].reg[0] = 99;
    assert.deepEqual(Array.from(prob), [Math.fround(0.9), Math.fround(0.1)]);
    assert.deepEqual(Array.from(reg), Array.from(regMap(2)));
  });
});
