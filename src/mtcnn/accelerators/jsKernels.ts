/**
 * The tensor side of `jsConv.ts`: MTCNN's conv and dense layers on the `cpu` backend run through
 * facelab's own loops instead of tfjs-backend-cpu's reference kernels (4–5× faster per layer,
 * measured in bench/fusedLayers.ts). Other backends keep tfjs's fused kernels. The tfjs flag
 * `FACELAB_JS_KERNELS` (default true) switches this off so benchmarks can race the two.
 */
import * as tf from "@tensorflow/tfjs-core";
import { convPreluJs, densePreluJs, packFilter, type Epilogue, type PackedFilter } from "./jsConv.js";
import { maxPoolJs } from "./jsPool.js";

/** tfjs flag naming whether the cpu backend uses facelab's loops for MTCNN's layers. */
export const JS_KERNELS_FLAG = "FACELAB_JS_KERNELS";
tf.env().registerFlag(JS_KERNELS_FLAG, () => true);

/** Whether MTCNN's layers should take the JavaScript path now. */
export function useJsKernels(): boolean {
  return tf.getBackend() === "cpu" && tf.env().getBool(JS_KERNELS_FLAG);
}

// Packed once per weight tensor; weights live as long as their detector, and so does the cache entry.
const packed = new WeakMap<tf.Tensor, PackedFilter>();
const values = new WeakMap<tf.Tensor, Float32Array>();

function packedFilter(filter: tf.Tensor, shape: number[]): PackedFilter {
  let p = packed.get(filter);
  if (!p) packed.set(filter, (p = packFilter(filter.dataSync() as Float32Array, shape)));
  return p;
}

function valuesOf(t: tf.Tensor): Float32Array {
  let v = values.get(t);
  if (!v) values.set(t, (v = Float32Array.from(t.dataSync())));
  return v;
}

function epilogue(bias: tf.Tensor, alpha?: tf.Tensor): Epilogue {
  return alpha ? { bias: valuesOf(bias), alpha: valuesOf(alpha) } : { bias: valuesOf(bias) };
}

/** conv (valid, stride 1) + bias (+ PReLU) of `x` `[n, h, w, ci]` with an HWIO filter, on the cpu backend. */
export function convPreluCpu(x: tf.Tensor4D, filter: tf.Tensor4D, bias: tf.Tensor, alpha?: tf.Tensor): tf.Tensor4D {
  const f = packedFilter(filter, filter.shape);
  const [n, h, w] = x.shape;
  const out = convPreluJs(x.dataSync() as Float32Array, x.shape, f, epilogue(bias, alpha));
  return tf.tensor4d(out, [n, h - f.kh + 1, w - f.kw + 1, f.co]);
}

/** dense + bias (+ PReLU) of `x` `[n, k]` with weights `[k, m]`, on the cpu backend. */
export function densePreluCpu(x: tf.Tensor2D, weights: tf.Tensor2D, bias: tf.Tensor, alpha?: tf.Tensor): tf.Tensor2D {
  const [k, m] = weights.shape;
  const f = packedFilter(weights, [1, 1, k, m]);
  const out = densePreluJs(x.dataSync() as Float32Array, x.shape[0], f, epilogue(bias, alpha));
  return tf.tensor2d(out, [x.shape[0], m]);
}

/** Max pool (square window, TF padding) of `x` `[n, h, w, c]`, on the cpu backend. */
export function maxPoolCpu(x: tf.Tensor4D, k: number, stride: number, pad: "same" | "valid"): tf.Tensor4D {
  const { data, shape } = maxPoolJs(x.dataSync() as Float32Array, x.shape, k, stride, pad);
  return tf.tensor4d(data, shape);
}
