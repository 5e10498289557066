/** P-Net, the proposal network: fully convolutional, one 12×12 window every 2 px. */
import * as tf from "@tensorflow/tfjs-core";
import { convPrelu, convPreluPool, faceProbability } from "./layers.js";
import type { NetWeights } from "./weights.js";

/**
 * P-Net on a normalised image `[1, h, w, 3]`. Returns the face probability `[1, h', w', 1]` and the
 * box regression `[1, h', w', 4]` with h' = ceil((h − 2) / 2) − 4 (conv 3 → pool 2 → conv 3 → conv 3).
 * Call inside `tf.tidy`.
 */
export function pnet(input: tf.Tensor4D, w: NetWeights): { prob: tf.Tensor4D; reg: tf.Tensor4D } {
  const raw = pnetRaw(input, w);
  const [, h, wd] = raw.shape;
  return { prob: faceProbability(tf.slice(raw, [0, 0, 0, 0], [1, h, wd, 2])) as tf.Tensor4D, reg: tf.slice(raw, [0, 0, 0, 2], [1, h, wd, 4]) };
}

/**
 * P-Net's raw output `[1, h', w', 6]`: [not-face, face] logits and the regression, from its two 1×1
 * heads joined as one conv (`heads`). The detector reads this and works out the probability on the
 * CPU (heads.ts). Call inside `tf.tidy`.
 */
export function pnetRaw(input: tf.Tensor4D, w: NetWeights): tf.Tensor4D {
  // conv1 [1, h-2, w-2, 10], then Caffe's ceil-mode 2×2 pooling (= TF "same" here)
  let x = convPreluPool(input, w, "conv1", "prelu1", { size: 2, stride: 2, pad: "same" });
  x = convPrelu(x, w, "conv2", "prelu2"); // 16 channels
  x = convPrelu(x, w, "conv3", "prelu3"); // 32 channels
  return convPrelu(x, w, "heads");
}
