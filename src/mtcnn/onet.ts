/** O-Net, the output network: final score, box and five landmarks from 48×48 crops. */
import * as tf from "@tensorflow/tfjs-core";
import { convPrelu, convPreluPool, densePrelu, faceProbability } from "./layers.js";
import type { NetWeights } from "./weights.js";

/**
 * O-Net on normalised crops `[n, 48, 48, 3]` → probability `[n, 1]`, regression `[n, 4]`, landmarks
 * `[n, 10]` (five x then five y, as fractions of the crop). Call inside `tf.tidy`.
 */
export function onet(input: tf.Tensor4D, w: NetWeights): { prob: tf.Tensor2D; reg: tf.Tensor2D; points: tf.Tensor2D } {
  const raw = onetRaw(input, w);
  return {
    prob: faceProbability(tf.slice(raw, [0, 0], [-1, 2])) as tf.Tensor2D,
    reg: tf.slice(raw, [0, 2], [-1, 4]),
    points: tf.slice(raw, [0, 6], [-1, 10]),
  };
}

/** O-Net's raw rows `[n, 16]`: [not-face, face] logits, regression, landmarks (joined `heads`). Call inside `tf.tidy`. */
export function onetRaw(input: tf.Tensor4D, w: NetWeights): tf.Tensor2D {
  let x = convPreluPool(input, w, "conv1", "prelu1", { size: 3, stride: 2, pad: "same" }); // [n, 46, 46, 32] → [n, 23, 23, 32]
  x = convPreluPool(x, w, "conv2", "prelu2", { size: 3, stride: 2, pad: "valid" }); // [n, 21, 21, 64] → [n, 10, 10, 64]
  x = convPreluPool(x, w, "conv3", "prelu3", { size: 2, stride: 2, pad: "same" }); // [n, 8, 8, 64] → [n, 4, 4, 64]
  x = convPrelu(x, w, "conv4", "prelu4"); // [n, 3, 3, 128]
  const h = densePrelu(tf.reshape(x, [x.shape[0], -1]), w, "conv5", "prelu5"); // [n, 256]
  return densePrelu(h, w, "heads");
}
