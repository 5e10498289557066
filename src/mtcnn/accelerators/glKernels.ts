/**
 * The tensor side of facelab's WebGL programs: on the `webgl` backend MTCNN's k×k conv layers run as
 * facelab's own program (glConv.ts) instead of tfjs's im2col + matmul, a conv followed by a max pool
 * — every pool of MTCNN — as one program (glConvPool.ts), and a pool the fused program cannot take as
 * facelab's packed pool (glPool.ts) instead of tfjs's unpacked one (measured in bench/browser, tested
 * in test/browser/glKernels.test.ts). 1×1 convs and dense layers keep tfjs's kernels, which are as fast
 * there. The tfjs flag `FACELAB_GL_KERNELS` (default true) switches this off so benchmarks can race the two.
 */
import * as tf from "@tensorflow/tfjs-core";
import { convPreluProgram } from "./glConv.js";
import { convPoolFits, convPreluPoolProgram, type PoolSpec } from "./glConvPool.js";
import { maxPoolProgram } from "./glPool.js";
import type { GlProgram } from "./glProgram.js";

/** tfjs flag naming whether the webgl backend uses facelab's program for MTCNN's k×k convs. */
export const GL_KERNELS_FLAG = "FACELAB_GL_KERNELS";
tf.env().registerFlag(GL_KERNELS_FLAG, () => true);

/** What facelab uses of tfjs-backend-webgl's `MathBackendWebGL`. */
interface GlBackend {
  compileAndRun(program: GlProgram, inputs: tf.TensorInfo[]): tf.TensorInfo;
}

/** Whether max pooling should take the WebGL program now. */
export function useGlPool(): boolean {
  return tf.getBackend() === "webgl" && tf.env().getBool(GL_KERNELS_FLAG);
}

/** Whether a conv with a `k`×`k` filter and `co` outputs should take the WebGL program now. */
export function useGlConv(k: number, co: number): boolean {
  return k > 1 && co % 2 === 0 && tf.getBackend() === "webgl" && tf.env().getBool(GL_KERNELS_FLAG);
}

/** conv (valid, stride 1) + bias (+ PReLU) of `x` `[n, h, w, ci]` with an HWIO filter, on the webgl backend. */
export function convPreluGl(x: tf.Tensor4D, filter: tf.Tensor4D, bias: tf.Tensor, alpha?: tf.Tensor): tf.Tensor4D {
  const [k, ci, co] = filterSides("convPreluGl", x, filter);
  const prelu = alpha !== undefined;
  const program = cached(`conv ${x.shape} ${k} ${ci} ${co} ${prelu}`, () => convPreluProgram(x.shape, k, ci, co, prelu));
  return run(program, alpha ? [x, filter, bias, alpha] : [x, filter, bias]);
}

/** Whether a conv (`k`×`k`, `co` outputs) on `xShape` and the `pool` after it should take the fused program now. */
export function useGlConvPool(xShape: readonly number[], k: number, co: number, pool: PoolSpec): boolean {
  return useGlConv(k, co) && convPoolFits(xShape, k, pool);
}

/** conv (valid, stride 1) + bias (+ PReLU) of `x` `[n, h, w, ci]`, then `pool`, as one program on the webgl backend. */
export function convPreluPoolGl(x: tf.Tensor4D, filter: tf.Tensor4D, bias: tf.Tensor, alpha: tf.Tensor | undefined, pool: PoolSpec): tf.Tensor4D {
  const [k, ci, co] = filterSides("convPreluPoolGl", x, filter);
  const prelu = alpha !== undefined;
  const key = `convpool ${x.shape} ${k} ${ci} ${co} ${prelu} ${pool.size} ${pool.stride} ${pool.pad}`;
  const program = cached(key, () => convPreluPoolProgram(x.shape, k, ci, co, prelu, pool));
  return run(program, alpha ? [x, filter, bias, alpha] : [x, filter, bias]);
}

/** A square HWIO filter's side, input and output channels, checked against `x` (errors name `caller`). */
function filterSides(caller: string, x: tf.Tensor4D, filter: tf.Tensor4D): [number, number, number] {
  const [k, kw, ci, co] = filter.shape;
  if (k !== kw) throw new RangeError(`${caller}: square filters only, got ${k}×${kw}`);
  if (x.shape[3] !== ci) throw new RangeError(`${caller}: input has ${x.shape[3]} channels, filter expects ${ci}`);
  return [k, ci, co];
}

/** Max pool (square window, TF padding) of `x` `[n, h, w, c]`, on the webgl backend. */
export function maxPoolGl(x: tf.Tensor4D, k: number, stride: number, pad: "same" | "valid"): tf.Tensor4D {
  return run(
    cached(`pool ${x.shape} ${k} ${stride} ${pad}`, () => maxPoolProgram(x.shape, k, stride, pad)),
    [x],
  );
}

// Built once per layer and input shape: a detection calls each layer once per pyramid level or
// batch chunk, and the shapes repeat from photo to photo. The programs are a few kB of text each;
// photos of ever new sizes would add entries without end, so the cache starts over past MAX_PROGRAMS.
const MAX_PROGRAMS = 256;
const programs = new Map<string, GlProgram>();
function cached(key: string, build: () => GlProgram): GlProgram {
  let p = programs.get(key);
  if (!p) {
    if (programs.size >= MAX_PROGRAMS) programs.clear();
    programs.set(key, (p = build()));
  }
  return p;
}

function run(program: GlProgram, inputs: tf.Tensor[]): tf.Tensor4D {
  if (tf.getBackend() !== "webgl") throw new Error(`facelab's WebGL programs need the webgl backend, not ${tf.getBackend()}`);
  const out = (tf.backend() as unknown as GlBackend).compileAndRun(program, inputs);
  return tf.engine().makeTensorFromTensorInfo(out) as tf.Tensor4D;
}
