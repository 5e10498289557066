// The nets' heads on the CPU (src/mtcnn/accelerators/heads.ts): the face probability from the raw logits must be
// tfjs's softmax column, and the rows / maps must keep every other value where the stages look for it.
import assert from "node:assert/strict";
import { test } from "node:test";
import * as tf from "@tensorflow/tfjs";
import { faceProbabilityOf, pnetMapOf, probabilityRows } from "../src/mtcnn/accelerators/heads.js";

test("faceProbabilityOf is softmax's face column, also for large and lopsided logits", async () => {
  const pairs = [
    [0, 0],
    [1.5, -2],
    [-3, 4],
    [30, -30],
    [-60, 60],
    [0.1, 0.1000001],
    [88, 87],
  ];
  const ref = tf.tidy(() => tf.softmax(tf.tensor2d(pairs)).slice([0, 1], [-1, 1]));
  const expected = await ref.data();
  ref.dispose();
  pairs.forEach(([a, b], i) => assert.ok(Math.abs(faceProbabilityOf(a, b) - expected[i]) < 1e-6, `${a}, ${b}: ${faceProbabilityOf(a, b)} vs ${expected[i]}`));
  assert.equal(faceProbabilityOf(0, 0), 0.5);
  assert.ok(faceProbabilityOf(-800, 800) === 1 && faceProbabilityOf(800, -800) === 0, "no NaN at the extremes");
});

test("probabilityRows: [not-face, face, rest…] → [probability, rest…] per row", () => {
  const raw = new Float32Array([0, 0, 1, 2, 3, 4, /**/ 2, -1, 5, 6, 7, 8]);
  const out = probabilityRows(raw, 6);
  assert.equal(out.length, 10);
  assert.ok(Math.abs(out[0] - 0.5) < 1e-7 && Math.abs(out[5] - 1 / (1 + Math.exp(3))) < 1e-7);
  assert.deepEqual([...out.subarray(1, 5)], [1, 2, 3, 4]);
  assert.deepEqual([...out.subarray(6, 10)], [5, 6, 7, 8]);
  assert.equal(probabilityRows(new Float32Array(0), 16).length, 0);
  assert.throws(() => probabilityRows(new Float32Array(7), 6), /not rows of 6/);
});

test("pnetMapOf splits P-Net's 6 values per cell into the probability map and the regression", () => {
  const raw = new Float32Array([1, 1, 0.1, 0.2, 0.3, 0.4, /**/ -1, 2, 0.5, 0.6, 0.7, 0.8]);
  const { prob, reg } = pnetMapOf(raw, 2);
  assert.ok(Math.abs(prob[0] - 0.5) < 1e-7 && Math.abs(prob[1] - 1 / (1 + Math.exp(-3))) < 1e-7);
  assert.deepEqual(
    [...reg].map((v) => +v.toFixed(6)),
    [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8],
  );
  assert.throws(() => pnetMapOf(raw, 3), /3 cells need 18/);
});
