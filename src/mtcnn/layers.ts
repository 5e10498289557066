/** The three layer kinds MTCNN is made of, over weights named as in the original release. */
import * as tf from "@tensorflow/tfjs";
import { weight, type NetWeights } from "./weights.js";

// Fused ops: conv (or matmul), bias and PReLU in one kernel on every backend — one pass over the
// output instead of three, and on webgl one shader program instead of three (measured in bench/).

/** conv (valid padding, stride 1) + bias, then PReLU when an alpha is named. */
export function convPrelu(x: tf.Tensor4D, w: NetWeights, conv: string, prelu?: string): tf.Tensor4D {
  return tf.fused.conv2d({
    x, filter: weight<tf.Rank.R4>(w, `${conv}/weights`), strides: 1, pad: "valid", bias: weight(w, `${conv}/biases`),
    ...(prelu ? { activation: "prelu" as const, preluActivationWeights: weight(w, `${prelu}/alpha`) } : {}),
  });
}

/** dense + bias, then PReLU when an alpha is named. */
export function densePrelu(x: tf.Tensor2D, w: NetWeights, dense: string, prelu?: string): tf.Tensor2D {
  return tf.fused.matMul({
    a: x, b: weight<tf.Rank.R2>(w, `${dense}/weights`), bias: weight(w, `${dense}/biases`),
    ...(prelu ? { activation: "prelu" as const, preluActivationWeights: weight(w, `${prelu}/alpha`) } : {}),
  }) as tf.Tensor2D;
}

/** Face probability: softmax over [not-face, face] logits, keeping the face column. */
export function faceProbability(logits: tf.Tensor): tf.Tensor {
  const p = tf.softmax(logits);
  return p.slice(new Array(p.rank).fill(0).map((_, i) => (i === p.rank - 1 ? 1 : 0)),
    p.shape.map((s, i) => (i === p.rank - 1 ? 1 : s)));
}
