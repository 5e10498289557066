/**
 * The backend's attainable arithmetic rate, the roof of the roofline: `tf.matMul` of two n×n
 * matrices (2n³ FLOPs), read back, timed `reps` times after a warm-up. Shared by the Node and
 * browser benchmarks so both measure the roof the same way. On the cpu backend, where MTCNN runs
 * facelab's own loops (src/mtcnn/accelerators/jsKernels.ts) and they beat tfjs's matMul, the same product through
 * those loops is measured too, and the roof is the faster of the two.
 */
import * as tf from "@tensorflow/tfjs";
import { densePreluCpu } from "facelab/kernels";

export interface MatmulRate {
  n: number;
  best: number;
  median: number;
  /** Which kernel gave `best`. */
  kernel: "tfjs" | "facelab loops";
  /** On cpu, both kernels' best rates. */
  byKernel?: Record<"tfjs" | "facelab loops", number>;
}

/** Best and median GFLOP/s of `reps` runs of `product` on n×n matrices, after one warm-up. */
async function rate(n: number, reps: number, product: (a: tf.Tensor2D, b: tf.Tensor2D) => tf.Tensor): Promise<{ best: number; median: number }> {
  const values = Float32Array.from({ length: n * n }, (_, i) => ((i * 7919) % 1000) / 1000 - 0.5);
  const a = tf.tensor2d(values, [n, n]);
  const b = tf.tensor2d(values, [n, n]);
  const rates: number[] = [];
  try {
    for (let r = 0; r <= reps; r++) {
      const t0 = performance.now();
      const c = product(a, b);
      await c.data();
      c.dispose();
      if (r > 0) rates.push((2 * n ** 3) / ((performance.now() - t0) * 1e6));
    }
  } finally {
    a.dispose();
    b.dispose();
  }
  const sorted = [...rates].sort((x, y) => x - y);
  return { best: sorted.at(-1)!, median: sorted[sorted.length >> 1] };
}

/** Matmul GFLOP/s on the current backend (on cpu, the faster of tfjs's kernel and facelab's loops). */
export async function matmulGflops(n: number, reps: number): Promise<MatmulRate> {
  const tfjs = await rate(n, reps, (a, b) => tf.matMul(a, b));
  if (tf.getBackend() !== "cpu") return { n, ...tfjs, kernel: "tfjs" };
  const zeros = tf.zeros([n]);
  try {
    const loops = await rate(n, reps, (a, b) => densePreluCpu(a, b, zeros));
    const byKernel = { tfjs: tfjs.best, "facelab loops": loops.best };
    return loops.best > tfjs.best ? { n, ...loops, kernel: "facelab loops", byKernel } : { n, ...tfjs, kernel: "tfjs", byKernel };
  } finally {
    zeros.dispose();
  }
}
