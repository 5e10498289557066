/**
 * The blocks dlib's face-recognition ResNet is built from (dlib `examples/dnn_face_recognition_ex.cpp`):
 * a convolution followed by an affine layer (dlib's batch-norm frozen into a per-channel scale and
 * shift at inference), then ReLU; a residual block (two 3×3 convs plus the identity); and a
 * down-sampling residual block whose first conv has stride 2 and whose shortcut is a 2×2 average pool.
 */
import * as tf from "@tensorflow/tfjs-core";
import { dlibWeight, type DlibWeights } from "./dlibWeights.js";
import { foldedNames } from "./foldAffine.js";

/**
 * conv + bias, then the affine layer `x · scale + shift` (folded into the conv's weights at load
 * time), then ReLU when `activation` is "relu": one fused kernel. dlib pads stride-1 convs by half the
 * kernel ("same") and strided ones not at all ("valid").
 */
export function convAffine(x: tf.Tensor4D, w: DlibWeights, prefix: string, stride: 1 | 2, activation: "relu" | "linear" = "linear"): tf.Tensor4D {
  const names = foldedNames(prefix);
  return tf.fused.conv2d({
    x,
    filter: dlibWeight<tf.Rank.R4>(w, names.filters),
    strides: stride,
    pad: stride === 1 ? "same" : "valid",
    bias: dlibWeight(w, names.bias),
    activation,
  });
}

/** `relu(x + conv2(relu(conv1(x))))`, shape kept: `[n, h, w, c]` → `[n, h, w, c]`. */
export function residual(x: tf.Tensor4D, w: DlibWeights, block: string): tf.Tensor4D {
  const inner = convAffine(convAffine(x, w, `${block}/conv1`, 1, "relu"), w, `${block}/conv2`, 1);
  return tf.relu(tf.add(inner, x)) as tf.Tensor4D;
}

/**
 * The down-sampling block: `[n, h, w, c]` → `[n, ⌊h/2⌋, ⌊w/2⌋, c']`. The branch (a valid 3×3 conv
 * of stride 2) can come out one pixel smaller than the pooled shortcut, and the shortcut has fewer
 * channels; dlib's `add_prev` adds tensors of different shapes by zero-extending the smaller one, so
 * the branch is zero-padded at the bottom/right and the shortcut with zero channels.
 */
export function residualDown(x: tf.Tensor4D, w: DlibWeights, block: string): tf.Tensor4D {
  let branch: tf.Tensor4D = convAffine(convAffine(x, w, `${block}/conv1`, 2, "relu"), w, `${block}/conv2`, 1);
  let shortcut: tf.Tensor4D = tf.avgPool(x, 2, 2, "valid");
  const [, ph, pw, pc] = shortcut.shape;
  const [, bh, bw, bc] = branch.shape;
  if (bh < ph || bw < pw)
    branch = tf.pad(branch, [
      [0, 0],
      [0, ph - bh],
      [0, pw - bw],
      [0, 0],
    ]);
  if (pc < bc)
    shortcut = tf.pad(shortcut, [
      [0, 0],
      [0, 0],
      [0, 0],
      [0, bc - pc],
    ]);
  return tf.relu(tf.add(branch, shortcut)) as tf.Tensor4D;
}
