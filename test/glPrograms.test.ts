// The WebGL program builders of src/mtcnn/accelerators/glConv.ts, glConvPool.ts and glPool.ts as pure functions (no backend):
// output shapes, channel stepping, argument checks. Their arithmetic is checked in a real browser
// against tfjs's kernels (test/browser/glKernels.test.ts).
import assert from "node:assert/strict";
import { test } from "node:test";
import { channelStep, convPreluProgram } from "../src/mtcnn/accelerators/glConv.js";
import { convPoolChannelStep, convPoolFits, convPreluPoolProgram } from "../src/mtcnn/accelerators/glConvPool.js";
import { maxPoolProgram } from "../src/mtcnn/accelerators/glPool.js";
import { poolAxis } from "../src/mtcnn/accelerators/jsPool.js";

test("channelStep: MTCNN's first layers and P-Net conv2 unrolled whole, wider ones 4 (or 2) channels a step", () => {
  assert.equal(channelStep(3, 3), 3); // every conv1
  assert.equal(channelStep(3, 10), 10); // P-Net conv2: 90 taps
  assert.equal(channelStep(3, 16), 4); // P-Net conv3
  assert.equal(channelStep(3, 28), 4); // R-Net conv2
  assert.equal(channelStep(2, 64), 4); // O-Net conv4
  assert.equal(channelStep(3, 30), 2);
  assert.equal(channelStep(3, 31), 31); // odd: unrolled, the last channel read alone
});

test("convPreluProgram: valid-padding output shape, inputs named for the getters, looped or unrolled body", () => {
  const p = convPreluProgram([7, 24, 24, 3], 3, 3, 28, true);
  assert.deepEqual(p.outputShape, [7, 22, 22, 28]);
  assert.deepEqual(p.variableNames, ["x", "w", "bias", "alpha"]);
  assert.ok(p.packedInputs && p.packedOutput && p.enableShapeUniforms);
  assert.ok(!p.userCode.includes("for (int c"), "3 channels are unrolled");
  // The odd third channel is read from .x only: no term for a fourth.
  assert.ok(!/getW\(\d, \d, 2, co\);\s*s0 \+= i\d\.\w\w\.x \* f\.xy \+/.test(p.userCode));
  const q = convPreluProgram([5, 11, 11, 28], 3, 28, 48, false);
  assert.deepEqual(q.outputShape, [5, 9, 9, 48]);
  assert.deepEqual(q.variableNames, ["x", "w", "bias"]);
  assert.match(q.userCode, /for \(int c = 0; c < 28; c \+= 4\)/);
  assert.ok(!q.userCode.includes("getAlpha"));
});

test("convPreluProgram refuses odd output channels and a step that does not divide the channels", () => {
  assert.throws(() => convPreluProgram([1, 8, 8, 4], 3, 4, 5, true), /output channels must be even/);
  assert.throws(() => convPreluProgram([1, 8, 8, 30], 3, 30, 4, true, 4), /step 4 must be even and divide 30/);
});

test("maxPoolProgram: output shape as TensorFlow's (poolAxis) for MTCNN's pools and odd sides", () => {
  const cases: [[number, number, number, number], number, number, "same" | "valid"][] = [
    [[1, 285, 381, 10], 2, 2, "same"],
    [[5, 22, 22, 28], 3, 2, "same"],
    [[5, 9, 9, 48], 3, 2, "valid"],
    [[2, 7, 9, 6], 3, 1, "same"],
  ];
  for (const [shape, k, s, pad] of cases) {
    const p = maxPoolProgram(shape, k, s, pad);
    assert.deepEqual(p.outputShape, [shape[0], poolAxis(shape[1], k, s, pad).out, poolAxis(shape[2], k, s, pad).out, shape[3]], `${shape} k${k} s${s} ${pad}`);
    assert.deepEqual(p.variableNames, ["x"]);
  }
});

test("convPreluPoolProgram: the pooled output shape of each conv + pool of the nets, odd P-Net sides included", () => {
  const cases: [[number, number, number, number], number, { size: number; stride: number; pad: "same" | "valid" }][] = [
    [[1, 289, 385, 3], 10, { size: 2, stride: 2, pad: "same" }],
    [[1, 32, 44, 3], 10, { size: 2, stride: 2, pad: "same" }],
    [[5, 24, 24, 3], 28, { size: 3, stride: 2, pad: "same" }],
    [[5, 11, 11, 28], 48, { size: 3, stride: 2, pad: "valid" }],
    [[5, 48, 48, 3], 32, { size: 3, stride: 2, pad: "same" }],
    [[5, 23, 23, 32], 64, { size: 3, stride: 2, pad: "valid" }],
    [[5, 10, 10, 64], 64, { size: 2, stride: 2, pad: "same" }],
  ];
  for (const [shape, co, pool] of cases) {
    assert.ok(convPoolFits(shape, 3, pool), `${shape}`);
    const p = convPreluPoolProgram(shape, 3, shape[3], co, true, pool);
    const conv = [shape[1] - 2, shape[2] - 2];
    assert.deepEqual(
      p.outputShape,
      [shape[0], poolAxis(conv[0], pool.size, pool.stride, pool.pad).out, poolAxis(conv[1], pool.size, pool.stride, pool.pad).out, co],
      `${shape}`,
    );
    assert.deepEqual(p.variableNames, ["x", "w", "bias", "alpha"]);
    // The conv size comes from the shape uniform: one compile for every P-Net level and batch size.
    assert.match(p.userCode, /int convRows = xShape\[1\] - 2; int convCols = xShape\[2\] - 2;/);
    assert.ok(!p.userCode.includes(`< ${conv[1]})`) && !p.userCode.includes(`< ${conv[0]} `), `${shape}: conv size baked into the code`);
  }
  assert.equal(convPoolChannelStep(3, 3), 3);
  assert.equal(convPoolChannelStep(3, 28), 2);
  assert.match(convPreluPoolProgram([5, 11, 11, 28], 3, 28, 48, false, { size: 3, stride: 2, pad: "valid" }).userCode, /for \(int c = 0; c < 28; c \+= 2\)/);
});

test("convPreluPoolProgram refuses pools that do not start on a texel and odd output channels", () => {
  // 3×3 stride 2 "same" on an odd conv side pads one column before: not texel-aligned.
  const odd = { size: 3, stride: 2, pad: "same" as const };
  assert.equal(convPoolFits([1, 25, 25, 3], 3, odd), false);
  assert.throws(() => convPreluPoolProgram([1, 25, 25, 3], 3, 3, 8, true, odd), /does not start on a texel/);
  assert.equal(convPoolFits([1, 24, 24, 3], 3, { size: 3, stride: 1, pad: "valid" }), false);
  assert.throws(() => convPreluPoolProgram([1, 24, 24, 3], 3, 3, 5, true, odd), /output channels must be even/);
});
