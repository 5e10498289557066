/** The three layer kinds MTCNN is made of, over weights named as in the original release. */
import * as tf from "@tensorflow/tfjs";
import { weight, type NetWeights } from "./weights.js";

/** conv (valid padding, stride 1) + bias, then PReLU when an alpha is named. */
export function convPrelu(x: tf.Tensor4D, w: NetWeights, conv: string, prelu?: string): tf.Tensor4D {
  const y = tf.add(tf.conv2d(x, weight<tf.Rank.R4>(w, `${conv}/weights`), 1, "valid"), weight(w, `${conv}/biases`));
  return prelu ? tf.prelu(y as tf.Tensor4D, weight(w, `${prelu}/alpha`)) : (y as tf.Tensor4D);
}

/** dense + bias, then PReLU when an alpha is named. */
export function densePrelu(x: tf.Tensor2D, w: NetWeights, dense: string, prelu?: string): tf.Tensor2D {
  const y = tf.add(tf.matMul(x, weight<tf.Rank.R2>(w, `${dense}/weights`)), weight(w, `${dense}/biases`));
  return prelu ? tf.prelu(y as tf.Tensor2D, weight(w, `${prelu}/alpha`)) : (y as tf.Tensor2D);
}

/** Face probability: softmax over [not-face, face] logits, keeping the face column. */
export function faceProbability(logits: tf.Tensor): tf.Tensor {
  const p = tf.softmax(logits);
  return p.slice(new Array(p.rank).fill(0).map((_, i) => (i === p.rank - 1 ? 1 : 0)),
    p.shape.map((s, i) => (i === p.rank - 1 ? 1 : s)));
}
