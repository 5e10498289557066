/** The three layer kinds MTCNN is made of, over weights named as in the original release. */
import * as tf from "@tensorflow/tfjs-core";
import {
  convPreluCpu,
  convPreluGl,
  convPreluPoolGl,
  densePreluCpu,
  maxPoolCpu,
  maxPoolGl,
  useGlConv,
  useGlConvPool,
  useGlPool,
  useJsKernels,
  type PoolSpec,
} from "./accelerators/index.js";
import { weight, type NetWeights } from "./weights.js";

// Fused ops: conv (or matmul), bias and PReLU in one kernel — one pass over the output instead of
// three, and on webgl one shader program instead of three. On the cpu backend, facelab's own loops
// (jsKernels.ts) replace tfjs's reference kernels, and on webgl facelab's own program (glKernels.ts)
// replaces tfjs's im2col + matmul for the k×k convs. Measured in bench/fusedLayers.ts and bench/browser.

/** conv (valid padding, stride 1) + bias, then PReLU when an alpha is named. */
export function convPrelu(x: tf.Tensor4D, w: NetWeights, conv: string, prelu?: string): tf.Tensor4D {
  const filter = weight<tf.Rank.R4>(w, `${conv}/weights`);
  const bias = weight(w, `${conv}/biases`);
  const alpha = prelu ? weight(w, `${prelu}/alpha`) : undefined;
  if (useJsKernels()) return convPreluCpu(x, filter, bias, alpha);
  if (useGlConv(filter.shape[0], filter.shape[3])) return convPreluGl(x, filter, bias, alpha);
  return tf.fused.conv2d({
    x,
    filter,
    strides: 1,
    pad: "valid",
    bias,
    ...(alpha ? { activation: "prelu" as const, preluActivationWeights: alpha } : {}),
  });
}

/**
 * conv + bias (+ PReLU) and the max pool after it. On webgl one program computes the pooled output
 * directly (glConvPool.ts); elsewhere it is `convPrelu` then `maxPool`. Same values either way.
 */
export function convPreluPool(x: tf.Tensor4D, w: NetWeights, conv: string, prelu: string, pool: PoolSpec): tf.Tensor4D {
  const filter = weight<tf.Rank.R4>(w, `${conv}/weights`);
  if (!useJsKernels() && useGlConvPool(x.shape, filter.shape[0], filter.shape[3], pool)) {
    return convPreluPoolGl(x, filter, weight(w, `${conv}/biases`), weight(w, `${prelu}/alpha`), pool);
  }
  return tf.tidy(() => maxPool(convPrelu(x, w, conv, prelu), pool.size, pool.stride, pool.pad));
}

/** dense + bias, then PReLU when an alpha is named. */
export function densePrelu(x: tf.Tensor2D, w: NetWeights, dense: string, prelu?: string): tf.Tensor2D {
  if (useJsKernels()) {
    return densePreluCpu(x, weight<tf.Rank.R2>(w, `${dense}/weights`), weight(w, `${dense}/biases`), prelu ? weight(w, `${prelu}/alpha`) : undefined);
  }
  return tf.fused.matMul({
    a: x,
    b: weight<tf.Rank.R2>(w, `${dense}/weights`),
    bias: weight(w, `${dense}/biases`),
    ...(prelu ? { activation: "prelu" as const, preluActivationWeights: weight(w, `${prelu}/alpha`) } : {}),
  }) as tf.Tensor2D;
}

/** Max pool with a square `k`×`k` window and TensorFlow padding. */
export function maxPool(x: tf.Tensor4D, k: number, stride: number, pad: "same" | "valid"): tf.Tensor4D {
  if (useJsKernels()) return maxPoolCpu(x, k, stride, pad);
  if (useGlPool()) return maxPoolGl(x, k, stride, pad);
  return tf.maxPool(x, k, stride, pad);
}

/** Face probability: softmax over [not-face, face] logits, keeping the face column. */
export function faceProbability(logits: tf.Tensor): tf.Tensor {
  const p = tf.softmax(logits);
  return tf.slice(
    p,
    new Array(p.rank).fill(0).map((_, i) => (i === p.rank - 1 ? 1 : 0)),
    p.shape.map((s, i) => (i === p.rank - 1 ? 1 : s)),
  );
}
