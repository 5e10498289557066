import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import * as tf from "@tensorflow/tfjs";
import { layerCost, modelCost } from "../src/facenet/flops.js";

before(async () => {
  tf.env().set("IS_TEST", true);
  await tf.setBackend("cpu");
});

/** A one-layer model on an input of `shape`. */
function single(shape: number[], layer: tf.layers.Layer): tf.LayersModel {
  const input = tf.input({ shape });
  return tf.model({ inputs: input, outputs: layer.apply(input) as tf.SymbolicTensor });
}

describe("layerCost", () => {
  test("a 3×3 conv, 3 → 4 channels, VALID on 8×8: 6·6 positions × 3·3·3·4 = 3888 multiply-adds", () => {
    const model = single([8, 8, 3], tf.layers.conv2d({ filters: 4, kernelSize: 3, useBias: false }));
    const row = layerCost(model.layers[1]);
    assert.deepEqual(row.outputShape, [6, 6, 4]);
    assert.equal(row.params, 108);
    assert.equal(row.multiplyAdds, 3888);
    assert.equal(row.otherOps, 0);
    model.dispose();
  });

  test("a strided SAME conv with bias and ReLU: 4·4·4 bias adds and as many activations", () => {
    const model = single([7, 7, 2], tf.layers.conv2d({ filters: 4, kernelSize: 3, strides: 2, padding: "same", activation: "relu" }));
    const row = layerCost(model.layers[1]);
    assert.deepEqual(row.outputShape, [4, 4, 4]);
    assert.equal(row.params, 3 * 3 * 2 * 4 + 4);
    assert.equal(row.multiplyAdds, 16 * 72);
    assert.equal(row.otherOps, 2 * 64);
    model.dispose();
  });

  test("a dense layer 10 → 5 with bias: 50 multiply-adds, 55 parameters, 5 bias adds", () => {
    const model = single([10], tf.layers.dense({ units: 5 }));
    assert.deepEqual(layerCost(model.layers[1]), {
      name: model.layers[1].name,
      className: "Dense",
      outputShape: [5],
      params: 55,
      multiplyAdds: 50,
      otherOps: 5,
      counted: true,
    });
    model.dispose();
  });

  test("batch norm, max pooling and an add cost no multiply-adds, only element ops", () => {
    const input = tf.input({ shape: [4, 4, 2] });
    const bn = tf.layers.batchNormalization().apply(input) as tf.SymbolicTensor;
    const sum = tf.layers.add().apply([input, bn]) as tf.SymbolicTensor;
    const pool = tf.layers.maxPooling2d({ poolSize: 2 }).apply(sum) as tf.SymbolicTensor;
    const model = tf.model({ inputs: input, outputs: pool });
    const [, bnRow, addRow, poolRow] = model.layers.map(layerCost);
    assert.deepEqual([bnRow.multiplyAdds, bnRow.otherOps, bnRow.params], [0, 32, 8]);
    assert.deepEqual([addRow.multiplyAdds, addRow.otherOps], [0, 32]);
    assert.deepEqual([poolRow.outputShape, poolRow.otherOps], [[2, 2, 2], 8 * 4]);
    model.dispose();
  });
});

describe("modelCost", () => {
  test("sums the rows and separates trainable parameters from batch-norm statistics", () => {
    const input = tf.input({ shape: [8, 8, 3] });
    const conv = tf.layers.conv2d({ filters: 4, kernelSize: 3, useBias: false }).apply(input) as tf.SymbolicTensor;
    const bn = tf.layers.batchNormalization({ scale: false }).apply(conv) as tf.SymbolicTensor;
    const dense = tf.layers.dense({ units: 2 }).apply(tf.layers.flatten().apply(bn)) as tf.SymbolicTensor;
    const model = tf.model({ inputs: input, outputs: dense });
    const cost = modelCost(model);
    assert.equal(cost.params, 108 + 3 * 4 + 144 * 2 + 2);
    assert.equal(cost.trainableParams, 108 + 4 + 144 * 2 + 2);
    assert.equal(cost.multiplyAdds, 3888 + 288);
    assert.equal(cost.otherOps, 144 + 2);
    assert.deepEqual(cost.uncounted, []);
    model.dispose();
  });

  test("the paper's NN1 conv1 (7×7×3, stride 2, 220 → 110×110×64) is 113.8M multiply-adds", () => {
    const model = single([220, 220, 3], tf.layers.conv2d({ filters: 64, kernelSize: 7, strides: 2, padding: "same" }));
    const row = layerCost(model.layers[1]);
    assert.equal(row.multiplyAdds, 110 * 110 * 64 * 7 * 7 * 3);
    assert.equal(row.params, 7 * 7 * 3 * 64 + 64);
    model.dispose();
  });

  test("a layer the counter does not know is listed as uncounted, not silently priced", () => {
    const model = single([4, 2], tf.layers.simpleRNN({ units: 3 }));
    const cost = modelCost(model);
    assert.deepEqual(cost.uncounted, [model.layers[1].name]);
    assert.equal(cost.multiplyAdds, 0);
    model.dispose();
  });
});
