import assert from "node:assert/strict";
import { test } from "node:test";
import * as tf from "@tensorflow/tfjs";
import { maxPoolJs, poolAxis } from "../src/mtcnn/accelerators/jsPool.js";

test("poolAxis follows TensorFlow: same → ceil(n / s) with the odd padding cell at the end; valid → floor((n − k) / s) + 1", () => {
  assert.deepEqual(poolAxis(22, 3, 2, "same"), { out: 11, before: 0 }); // R-Net conv1 → 11 (pad 1, all after)
  assert.deepEqual(poolAxis(9, 3, 2, "valid"), { out: 4, before: 0 });
  assert.deepEqual(poolAxis(7, 3, 1, "same"), { out: 7, before: 1 });
  assert.deepEqual(poolAxis(8, 3, 2, "same"), { out: 4, before: 0 });
  assert.deepEqual(poolAxis(2, 3, 2, "valid"), { out: 0, before: 0 });
});

test("maxPoolJs equals tfjs's maxPool for MTCNN's windows, odd and even sides, several images and channels", async () => {
  await tf.setBackend("cpu");
  for (const [n, h, w, c, k, s] of [
    [1, 7, 9, 10, 2, 2],
    [2, 22, 22, 3, 3, 2],
    [1, 9, 9, 5, 3, 2],
    [3, 8, 8, 4, 2, 2],
    [1, 5, 6, 1, 3, 1],
  ]) {
    for (const pad of ["same", "valid"] as const) {
      const x = tf.randomUniform([n, h, w, c], -1, 1, "float32", n * h + w);
      const expected = tf.maxPool(x as tf.Tensor4D, k, s, pad);
      const got = maxPoolJs(x.dataSync() as Float32Array, x.shape, k, s, pad);
      assert.deepEqual(got.shape, expected.shape, `${[n, h, w, c, k, s]} ${pad}`);
      assert.deepEqual([...got.data], [...expected.dataSync()], `${[n, h, w, c, k, s]} ${pad}`);
      tf.dispose([x, expected]);
    }
  }
});

test("maxPoolJs keeps negative maxima (padding never wins) and rejects a shape that does not fit", () => {
  const x = Float32Array.of(-5, -4, -3, -2); // [1, 2, 2, 1]
  assert.deepEqual([...maxPoolJs(x, [1, 2, 2, 1], 3, 2, "same").data], [-2]);
  assert.throws(() => maxPoolJs(x, [1, 3, 2, 1], 2, 2, "same"), /4 values, shape needs 6/);
});
