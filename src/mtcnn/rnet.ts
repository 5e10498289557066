/** R-Net, the refinement network: scores and re-boxes 24×24 crops of P-Net's candidates. */
import * as tf from "@tensorflow/tfjs-core";
import { convPrelu, convPreluPool, densePrelu, faceProbability } from "./layers.js";
import type { NetWeights } from "./weights.js";

/** R-Net on normalised crops `[n, 24, 24, 3]` → probability `[n, 1]`, regression `[n, 4]`. Call inside `tf.tidy`. */
export function rnet(input: tf.Tensor4D, w: NetWeights): { prob: tf.Tensor2D; reg: tf.Tensor2D } {
  const raw = rnetRaw(input, w);
  return { prob: faceProbability(tf.slice(raw, [0, 0], [-1, 2])) as tf.Tensor2D, reg: tf.slice(raw, [0, 2], [-1, 4]) };
}

/** R-Net's raw rows `[n, 6]`: [not-face, face] logits and the regression (joined `heads`). Call inside `tf.tidy`. */
export function rnetRaw(input: tf.Tensor4D, w: NetWeights): tf.Tensor2D {
  let x = convPreluPool(input, w, "conv1", "prelu1", { size: 3, stride: 2, pad: "same" }); // [n, 22, 22, 28] → [n, 11, 11, 28]
  x = convPreluPool(x, w, "conv2", "prelu2", { size: 3, stride: 2, pad: "valid" }); // [n, 9, 9, 48] → [n, 4, 4, 48]
  x = convPrelu(x, w, "conv3", "prelu3"); // [n, 3, 3, 64]
  const h = densePrelu(tf.reshape(x, [x.shape[0], -1]), w, "conv4", "prelu4"); // [n, 128]
  return densePrelu(h, w, "heads");
}
