import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import * as tf from "@tensorflow/tfjs";
import { BLOCK_REPEATS, BLOCK_SCALES, inceptionResnetV1, inceptionResnetV1Sizes } from "../src/facenet/inceptionResnetV1.js";
import type { ScaledResidual } from "../src/facenet/scaledResidual.js";
import { modelCost } from "../src/facenet/flops.js";
import { OPENVINO_FACENET_20180408 } from "../src/facenet/paperTables.js";

describe("inceptionResnetV1Sizes", () => {
  test("299 px gives the sides in facenet's comments (149, 147, 73, 71, 35) and 17, 8 after the reductions", () => {
    assert.deepEqual(Object.values(inceptionResnetV1Sizes(299)), [149, 147, 147, 73, 73, 71, 35, 17, 8]);
  });

  test("160 px, facenet's input: 17×17 blocks35, 8×8 blocks17, 3×3 blocks8", () => {
    assert.deepEqual(Object.values(inceptionResnetV1Sizes(160)), [79, 77, 77, 38, 38, 36, 17, 8, 3]);
  });

  test("an input too small for Mixed_7a is refused with the minimum", () => {
    assert.throws(() => inceptionResnetV1Sizes(74), /at least 75 px/);
    assert.equal(inceptionResnetV1Sizes(75).Mixed_7a, 1);
  });
});

describe("inceptionResnetV1 (160 px, 512-D, untrained)", () => {
  let model: tf.LayersModel;
  const shape = (name: string) => model.getLayer(name).outputShape;
  const named = (re: RegExp) => model.layers.filter((l) => re.test(l.name));

  before(async () => {
    tf.env().set("IS_TEST", true);
    await tf.setBackend("cpu");
    model = inceptionResnetV1({ inputSize: 160, embeddingSize: 512 });
  });
  after(() => model.dispose());

  test("stem, reductions and pre-pool have facenet's shapes", () => {
    assert.deepEqual(shape("InceptionResnetV1/Conv2d_1a_3x3/Relu"), [null, 79, 79, 32]);
    assert.deepEqual(shape("InceptionResnetV1/Conv2d_4b_3x3/Relu"), [null, 17, 17, 256]);
    assert.deepEqual(shape("InceptionResnetV1/Mixed_6a/concat"), [null, 8, 8, 896]);
    assert.deepEqual(shape("InceptionResnetV1/Mixed_7a/concat"), [null, 3, 3, 1792]);
    assert.deepEqual(shape("InceptionResnetV1/Block8/add"), [null, 3, 3, 1792]);
    assert.deepEqual(shape("embeddings"), [null, 512]);
  });

  test("5 × Block35 (0.17), 10 × Block17 (0.10), 5 × Block8 (0.20), then one Block8 without ReLU", () => {
    const scales = (re: RegExp) => named(re).map((l) => (l as ScaledResidual).scale);
    assert.deepEqual(scales(/^InceptionResnetV1\/Repeat\/block35_\d+\/add$/), Array(BLOCK_REPEATS.block35).fill(BLOCK_SCALES.block35));
    assert.deepEqual(scales(/^InceptionResnetV1\/Repeat_1\/block17_\d+\/add$/), Array(10).fill(0.1));
    assert.deepEqual(scales(/^InceptionResnetV1\/Repeat_2\/block8_\d+\/add$/), Array(5).fill(0.2));
    assert.deepEqual(scales(/^InceptionResnetV1\/Block8\/add$/), [1]);
    assert.equal(named(/^InceptionResnetV1\/Block8\/Relu$/).length, 0);
  });

  test("convs feed a batch norm with β but no γ (slim's scale=False), and have no bias; the up-projections have one", () => {
    const bns = named(/\/BatchNorm$/);
    const upProjections = named(/\/Conv2d_1x1\/Conv2D$/).filter((l) => !l.name.includes("Branch_"));
    assert.equal(upProjections.length, 5 + 10 + 5 + 1);
    assert.equal(bns.length, named(/\/Conv2D$/).length - upProjections.length + 1); // + the bottleneck's
    assert.ok(bns.every((l) => l.weights.length === 3)); // beta, moving mean, moving variance
    assert.equal(model.getLayer("InceptionResnetV1/Conv2d_1a_3x3/Conv2D").weights.length, 1);
    assert.equal(model.getLayer("InceptionResnetV1/Block8/Conv2d_1x1/Conv2D").weights.length, 2);
  });

  test("parameters and multiply-adds agree with OpenVINO's card for facenet-20180408-102900 (23.469M, 2.846 GFLOPs) within 0.5 %", () => {
    const cost = modelCost(model);
    assert.equal(cost.params, model.countParams());
    assert.deepEqual(cost.uncounted, []);
    assert.ok(Math.abs(cost.trainableParams / 1e6 / OPENVINO_FACENET_20180408.mparams - 1) < 0.005, `${cost.trainableParams}`);
    assert.ok(Math.abs((2 * cost.multiplyAdds) / 1e9 / OPENVINO_FACENET_20180408.gflops - 1) < 0.005, `${cost.multiplyAdds}`);
  });

  test("the same seed builds the same weights", () => {
    const again = inceptionResnetV1({ inputSize: 75, embeddingSize: 512 });
    const kernel = (m: tf.LayersModel) => m.getLayer("InceptionResnetV1/Mixed_7a/Branch_0/Conv2d_1a_3x3/Conv2D").getWeights()[0].dataSync();
    assert.deepEqual(kernel(again), kernel(model));
    again.dispose();
  });

  test("predict on one image gives a unit-length [1, 512] embedding and leaks no tensors", () => {
    const image = tf.randomUniform([1, 160, 160, 3], -1, 1, "float32", 7);
    const baseline = tf.memory().numTensors;
    const embedding = model.predict(image) as tf.Tensor;
    assert.deepEqual(embedding.shape, [1, 512]);
    const values = embedding.dataSync();
    embedding.dispose();
    assert.equal(tf.memory().numTensors, baseline);
    image.dispose();
    assert.ok(values.every(Number.isFinite));
    assert.ok(Math.abs(Math.hypot(...values) - 1) < 1e-4);
  });
});
