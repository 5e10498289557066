/**
 * Tests for the cascade's bookkeeping (src/mtcnn/stages.ts) and the crop rectangles R-Net and O-Net
 * read (src/mtcnn/inputs.ts), on small hand-made network outputs. Values are binary fractions so
 * that the Float32Array outputs hold them exactly.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Box } from "../src/core/types.js";
import { integralImage } from "../src/image/integral.js";
import { cropInputs, cropRect } from "../src/mtcnn/inputs.js";
import { resolveMtcnnConfig } from "../src/mtcnn/options.js";
import { finish, proposals, refine } from "../src/mtcnn/stages.js";

/** R-Net output rows `[prob, dx1, dy1, dx2, dy2]`. */
const rnetOut = (rows: number[][]) => Float32Array.from(rows.flat());

/** An O-Net output row `[prob, reg×4, x×5, y×5]`. */
const onetRow = (prob: number, reg: number[], xs: number[] = [0, 0, 0, 0, 0], ys: number[] = [0, 0, 0, 0, 0]) => [prob, ...reg, ...xs, ...ys];
const onetOut = (rows: number[][]) => Float32Array.from(rows.flat());

const Z = [0, 0, 0, 0];

describe("proposals", () => {
  test("proposals(maps, config) regresses P-Net windows measured as x2 − x1 (no +1), then squares them", () => {
    const config = resolveMtcnnConfig();
    const level = { scale: 1, width: 12, height: 12 };
    const stage = proposals([{ level, rows: 1, cols: 1, prob: new Float32Array([0.875]), reg: new Float32Array([0.5, 0, 0, 0]) }], config);
    // Window [1, 1, 12, 12], w = 11: x1 → 1 + 5.5 = 6.5; [6.5, 1, 12, 12] squared (side 11, centre x 9.25).
    assert.deepEqual(stage.boxes, [[3.75, 1, 14.75, 12]]);
    assert.deepEqual(stage.scores, [0.875]);
    assert.deepEqual(stage.kept, [0]);
  });
});

describe("refine", () => {
  const config = { ...resolveMtcnnConfig(), thresholds: [0.6, 0.5, 0.5] as [number, number, number] };
  const input: Box[] = [
    [0, 0, 19, 19], //        0: kept
    [1, 1, 20, 20], //        1: IoU with 0 is 324/398 ≈ 0.81 > 0.7, suppressed
    [50, 50, 69, 69], //      2: score exactly at the threshold, fails (strict >)
    [100, 100, 119, 119], //  3: best score, kept first
    [200, 200, 219, 219], //  4: below the threshold
  ];
  const out = rnetOut([
    [0.75, 0.25, 0.125, -0.25, 0.5],
    [0.625, 0, 0, 0, 0],
    [0.5, 0, 0, 0, 0],
    [0.875, 0, 0, 0, 0],
    [0.25, 0, 0, 0, 0],
  ]);

  test("refine(input, out, config) passes scores strictly above thresholds[1]", () => {
    const stage = refine(input, out, config);
    assert.deepEqual(stage.scores, [0.75, 0.625, 0.5, 0.875, 0.25]);
    assert.deepEqual(stage.passed, [0, 1, 3]);
  });

  test("refine(input, out, config) applies NMS (nmsRNet) and returns input indices best first", () => {
    const stage = refine(input, out, config);
    assert.deepEqual(stage.kept, [3, 0]);
    assert.deepEqual(stage.outputScores, [0.875, 0.75]);
    assert.equal(stage.size, 24);
    assert.equal(stage.input, input);
    // With a looser threshold the overlapping box 1 survives.
    assert.deepEqual(refine(input, out, { ...config, nmsRNet: 0.9 }).kept, [3, 0, 1]);
  });

  test("refine(input, out, config) regresses with the +1 extent, then squares", () => {
    const stage = refine(input, out, config);
    // Box 0, w = h = 19 + 1 = 20: [0 + 5, 0 + 2.5, 19 − 5, 19 + 10] = [5, 2.5, 14, 29];
    // then squared: side 26.5, centre x 9.5 → [−3.75, 2.5, 22.75, 29].
    assert.deepEqual(stage.boxes, [
      [100, 100, 119, 119],
      [-3.75, 2.5, 22.75, 29],
    ]);
  });

  test("refine(input, out, config) runs NMS on the input boxes, before regression", () => {
    // Identical inputs regressed far apart: NMS on the inputs still suppresses the second.
    const same: Box[] = [
      [0, 0, 19, 19],
      [0, 0, 19, 19],
    ];
    const apart = rnetOut([
      [0.75, 0, 0, 0, 0],
      [0.625, 2, 2, 2, 2],
    ]);
    assert.deepEqual(refine(same, apart, config).kept, [0]);
  });

  test("refine([], empty, config) is empty", () => {
    const stage = refine([], new Float32Array(0), config);
    assert.deepEqual([stage.passed, stage.kept, stage.boxes, stage.outputScores], [[], [], [], []]);
  });

  test("refine(input, out, config) does not mutate its inputs", () => {
    const copy = input.map((b) => [...b]);
    const outCopy = Array.from(out);
    refine(input, out, config);
    assert.deepEqual(input, copy);
    assert.deepEqual(Array.from(out), outCopy);
  });
});

describe("finish", () => {
  const config = { ...resolveMtcnnConfig(), thresholds: [0.6, 0.7, 0.5] as [number, number, number] };
  const xs = [0.25, 0.75, 0.5, 0.25, 0.75];
  const ys = [0.25, 0.25, 0.5, 0.75, 0.75];
  const input: Box[] = [
    [10, 20, 29, 59], //  0: w = 20, h = 40 (inclusive), kept
    [16, 24, 24, 32], //  1: inside regressed 0 → min-overlap 1 > 0.7, suppressed in "min" mode
    [100, 0, 119, 19], // 2: score at the threshold, fails (strict >)
  ];
  const out = onetOut([onetRow(0.875, [0.25, 0, 0, 0], xs, ys), onetRow(0.75, Z, xs, ys), onetRow(0.5, Z, xs, ys)]);

  test("finish(input, out, config) passes scores strictly above thresholds[2]", () => {
    const stage = finish(input, out, config);
    assert.deepEqual(stage.scores, [0.875, 0.75, 0.5]);
    assert.deepEqual(stage.passed, [0, 1]);
    assert.equal(stage.size, 48);
  });

  test("finish(input, out, config) computes landmarks as w·p + x1 − 1 with w = x2 − x1 + 1, on the input box", () => {
    const stage = finish(input, out, config);
    // Box 0: x = 20·p + 9, y = 40·p + 19 (the regression does not move the landmarks).
    assert.deepEqual(stage.landmarks[0], [
      [14, 29],
      [24, 29],
      [19, 39],
      [14, 49],
      [24, 49],
    ]);
    // Box 1: w = h = 9: x = 9·p + 15, y = 9·p + 23; landmarks exist for every passed box, even suppressed.
    assert.deepEqual(stage.landmarks[1], [
      [17.25, 25.25],
      [21.75, 25.25],
      [19.5, 27.5],
      [17.25, 29.75],
      [21.75, 29.75],
    ]);
    assert.equal(stage.landmarks.length, stage.passed.length);
  });

  test("finish(input, out, config) regresses with the +1 extent and does not square", () => {
    const stage = finish(input, out, config);
    // Box 0: w = 20 → x1 + 0.25·20 = 15: [15, 20, 29, 59] (not square: 14 × 39).
    assert.deepEqual(stage.boxes, [[15, 20, 29, 59]]);
    assert.deepEqual(stage.faces, [{ box: [15, 20, 29, 59], score: 0.875, landmarks: stage.landmarks[0] }]);
    assert.deepEqual(stage.outputScores, [0.875]);
  });

  test('finish(input, out, config) suppresses a contained face in "min" mode that "union" mode keeps', () => {
    assert.deepEqual(finish(input, out, config).kept, [0]);
    const union = finish(input, out, { ...config, nmsONetMode: "union" });
    assert.deepEqual(union.kept, [0, 1]);
    assert.deepEqual(
      union.faces.map((f) => f.landmarks),
      [union.landmarks[0], union.landmarks[1]],
    );
  });

  test("finish(input, out, config) runs NMS on the regressed boxes, best first", () => {
    // Two disjoint inputs regressed onto the same place: only the better one survives.
    const apart: Box[] = [
      [0, 0, 9, 9],
      [20, 0, 29, 9],
    ];
    const onto = onetOut([onetRow(0.75, [2, 0, 2, 0]), onetRow(0.875, Z)]);
    const stage = finish(apart, onto, config);
    assert.deepEqual(stage.boxes, [[20, 0, 29, 9]]);
    assert.deepEqual(stage.kept, [1]);
  });
});

describe("cropRect", () => {
  test('cropRect(box, w, h, "clip") reads columns trunc(x1) − 1 … trunc(x2) − 1 inside the image', () => {
    assert.deepEqual(cropRect([10.7, 20.2, 30.9, 40.5], 100, 100, "clip"), { x0: 9, y0: 19, x1: 30, y1: 40 });
  });

  test('cropRect(box, w, h, "clip") cuts a box that leaves the image back to the image', () => {
    assert.deepEqual(cropRect([-5.5, -3, 50, 60], 40, 50, "clip"), { x0: 0, y0: 0, x1: 40, y1: 50 });
  });

  test('cropRect(box, w, h, "clip") keeps at least one pixel for a box past the edge or inverted', () => {
    assert.deepEqual(cropRect([120, 10, 130, 20], 100, 100, "clip"), { x0: 99, y0: 9, x1: 100, y1: 20 });
    assert.deepEqual(cropRect([10, 10, 5, 5], 100, 100, "clip"), { x0: 9, y0: 9, x1: 10, y1: 10 });
  });

  test('cropRect(box, w, h, "pad") lets the rectangle leave the image (trunc toward zero, then − 1)', () => {
    assert.deepEqual(cropRect([-5.5, -3, 50, 60], 40, 50, "pad"), { x0: -6, y0: -4, x1: 50, y1: 60 });
    assert.deepEqual(cropRect([10.7, 20.2, 30.9, 40.5], 100, 100, "pad"), { x0: 9, y0: 19, x1: 30, y1: 40 });
    assert.deepEqual(cropRect([10, 10, 5, 5], 100, 100, "pad"), { x0: 9, y0: 9, x1: 10, y1: 10 });
  });

  test('cropInputs(ii, boxes, size, border) normalises as (pixel − 127.5) / 128, black outside in "pad" mode', () => {
    const ii = integralImage({ width: 4, height: 4, channels: 3, data: new Uint8Array(48).fill(255) });
    // Columns [−2, 2) × rows [0, 4): left half outside. 2×2 output: left column black, right white.
    const box: Box = [-1, 1, 2, 4];
    const pad = cropInputs(ii, [box], 2, "pad");
    const black = -127.5 / 128;
    const white = 127.5 / 128;
    assert.deepEqual(Array.from(pad), [black, black, black, white, white, white, black, black, black, white, white, white]);
    // "clip" reads only columns [0, 2): all white.
    assert.deepEqual(Array.from(cropInputs(ii, [box], 2, "clip")), new Array(12).fill(white));
  });
});

describe("finish regressed", () => {
  const config = { ...resolveMtcnnConfig(), thresholds: [0.6, 0.7, 0.5] as [number, number, number] };

  test("finish(input, out, config).regressed holds every passed input's regressed box, in passed order, suppressed ones too", () => {
    const input: Box[] = [
      [0, 0, 9, 9], //     0: w = 10, moved right by 0.5·10 = 5; suppressed by 2 after regression
      [40, 0, 49, 9], //   1: below the threshold, no regressed box
      [4, 0, 13, 9], //    2: w = 10, moved right by 0.25·10 = 2.5; best score, kept
      [80, 80, 99, 99], // 3: w = 20, x2 moved left by 0.25·20 = 5; kept
    ];
    const out = onetOut([onetRow(0.75, [0.5, 0, 0.5, 0]), onetRow(0.25, Z), onetRow(0.875, [0.25, 0, 0.25, 0]), onetRow(0.625, [0, 0, -0.25, 0])]);
    const stage = finish(input, out, config);
    assert.deepEqual(stage.passed, [0, 2, 3]);
    assert.deepEqual(stage.regressed, [
      [5, 0, 14, 9],
      [6.5, 0, 15.5, 9],
      [80, 80, 94, 99],
    ]);
    assert.deepEqual(stage.kept, [2, 3]);
    // The faces are the NMS survivors among `regressed`.
    assert.deepEqual(
      stage.faces.map((f) => f.box),
      stage.kept.map((i) => stage.regressed[stage.passed.indexOf(i)]),
    );
  });

  test("finish([], empty, config).regressed is empty", () => {
    assert.deepEqual(finish([], new Float32Array(0), config).regressed, []);
  });
});
