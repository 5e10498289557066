// The seed's "300 times forward" table, live: 300 single-image forward passes of P-Net (12×12),
// R-Net (24×24) and O-Net (48×48) on the current backend, each pass read back so the time is real.
import * as tf from "@tensorflow/tfjs";
import type { Mtcnn, NetName } from "facelab";

export const NET_INPUT: Record<NetName, number> = { pnet: 12, rnet: 24, onet: 48 };

/** Seconds for `n` passes of `net` on one random normalised image (after one warm-up pass). */
export async function timeForward(mtcnn: Mtcnn, net: NetName, n = 300): Promise<number> {
  const size = NET_INPUT[net];
  // Random pixels in the normalised range. (tf.randomUniform's seeded generator does not survive
  // the site's bundling, and the values do not matter for timing.)
  const values = Float32Array.from({ length: size * size * 3 }, () => Math.random() * 2 - 1);
  const input = tf.tensor4d(values, [1, size, size, 3]);
  try {
    const warm = mtcnn.forward(net, input);
    await warm.data();
    warm.dispose();
    const t0 = performance.now();
    for (let i = 0; i < n; i++) {
      const out = mtcnn.forward(net, input);
      await out.data();
      out.dispose();
    }
    return (performance.now() - t0) / 1000;
  } finally {
    input.dispose();
  }
}
