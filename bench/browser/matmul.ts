/**
 * The backend's attainable arithmetic rate, the roof of the roofline: `tf.matMul` of two n×n
 * matrices (2n³ FLOPs), read back, timed `reps` times after a warm-up. Shared by the Node and
 * browser benchmarks so both measure the roof the same way.
 */
import * as tf from "@tensorflow/tfjs";

/** Matmul GFLOP/s on the current backend: the best and the median of `reps` runs. */
export async function matmulGflops(n: number, reps: number): Promise<{ n: number; best: number; median: number }> {
  const values = Float32Array.from({ length: n * n }, (_, i) => ((i * 7919) % 1000) / 1000 - 0.5);
  const a = tf.tensor2d(values, [n, n]);
  const b = tf.tensor2d(values, [n, n]);
  const rates: number[] = [];
  try {
    for (let r = 0; r <= reps; r++) {
      const t0 = performance.now();
      const c = tf.matMul(a, b);
      await c.data();
      c.dispose();
      if (r > 0) rates.push((2 * n ** 3) / ((performance.now() - t0) * 1e6));
    }
  } finally {
    a.dispose();
    b.dispose();
  }
  const sorted = [...rates].sort((x, y) => x - y);
  return { n, best: sorted.at(-1)!, median: sorted[sorted.length >> 1] };
}
