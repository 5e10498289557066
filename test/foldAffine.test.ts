import assert from "node:assert/strict";
import { test } from "node:test";
import * as tf from "@tensorflow/tfjs";
import type { DlibWeights } from "../src/embed/dlibWeights.js";
import { foldAffine, foldedNames } from "../src/embed/foldAffine.js";
import { convAffine } from "../src/embed/dlibLayers.js";

test("foldAffine: one fused conv equals conv + bias, then · scale + shift, to float32 rounding", async () => {
  await tf.setBackend("cpu");
  const [filters, bias, scale, shift] = [
    tf.randomNormal([3, 3, 4, 5], 0, 1, "float32", 1),
    tf.randomNormal([5], 0, 1, "float32", 2),
    tf.randomNormal([5], 0, 1, "float32", 3),
    tf.randomNormal([5], 0, 1, "float32", 4),
  ];
  const x = tf.randomNormal([2, 7, 7, 4], 0, 1, "float32", 5) as tf.Tensor4D;
  const w: DlibWeights = new Map(
    Object.entries({ "b/conv/filters": filters.clone(), "b/conv/bias": bias.clone(), "b/scale/weights": scale.clone(), "b/scale/biases": shift.clone() }),
  );
  const before = tf.memory().numTensors;
  foldAffine(w);
  assert.deepEqual([...w.keys()].sort(), [foldedNames("b").bias, foldedNames("b").filters].sort());
  assert.equal(tf.memory().numTensors, before - 2, "the four originals are disposed, two folded tensors made");
  for (const stride of [1, 2] as const) {
    const expected = tf.tidy(() =>
      tf.relu(tf.add(tf.mul(tf.add(tf.conv2d(x, filters as tf.Tensor4D, stride, stride === 1 ? "same" : "valid"), bias), scale), shift)),
    );
    const got = convAffine(x, w, "b", stride, "relu");
    assert.deepEqual(got.shape, expected.shape);
    const diff = tf.max(tf.abs(tf.sub(got, expected))).dataSync()[0];
    assert.ok(diff < 1e-5, `stride ${stride}: max abs diff ${diff}`);
    assert.ok(tf.max(expected).dataSync()[0] > 0.1, "some activations survive the ReLU");
    tf.dispose([expected, got]);
  }
  tf.dispose([filters, bias, scale, shift, x, ...w.values()]);
});

test("foldAffine names the layer part that is missing", () => {
  const w: DlibWeights = new Map([
    ["c/conv/filters", tf.zeros([1, 1, 1, 1])],
    ["c/conv/bias", tf.zeros([1])],
  ]);
  assert.throws(() => foldAffine(w), /missing "c\/scale\/weights"/);
  tf.dispose([...w.values()]);
});
