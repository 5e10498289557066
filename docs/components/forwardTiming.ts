// The "300 forward passes" column of the paper's Table I, measured live: 300 single-image forward
// passes of P-Net (12×12), R-Net (24×24) and O-Net (48×48) on the current backend, each pass read
// back so the time is real, beside the paper's figures (quoted, from mtcnn/paperTable1.ts).
import * as tf from "@tensorflow/tfjs-core";
import { seededRandom, type Mtcnn } from "facelab";
import type { NetName } from "facelab/kernels";
import { paperSeconds } from "./mtcnn/paperTable1.js";
import { msg } from "./i18n.js";

export const NET_INPUT: Record<NetName, number> = { pnet: 12, rnet: 24, onet: 48 };

/** Seconds for `n` passes of `net` on one random normalised image (after one warm-up pass). */
export async function timeForward(mtcnn: Mtcnn, net: NetName, n = 300): Promise<number> {
  const size = NET_INPUT[net];
  // Seeded random pixels in the normalised range (the values do not matter for timing).
  const random = seededRandom(42);
  const values = Float32Array.from({ length: size * size * 3 }, () => 2 * random() - 1);
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

const LABEL: Record<NetName, string> = { pnet: "P-Net", rnet: "R-Net", onet: "O-Net" };

/** Rows `{network, input, measured live (s), quoted: paper Table I (s)}` for the three nets, timed one after another. */
export async function forwardTable(mtcnn: Mtcnn, n = 300): Promise<Record<string, string | number>[]> {
  const rows: Record<string, string | number>[] = [];
  for (const net of ["pnet", "rnet", "onet"] as const) {
    const seconds = await timeForward(mtcnn, net, n);
    const size = NET_INPUT[net];
    const c = msg.mtcnn.timingColumns;
    rows.push({
      [c.network]: LABEL[net],
      [c.input]: `${size}×${size}`,
      [c.measured]: +seconds.toFixed(3),
      [c.quoted]: paperSeconds(LABEL[net]) ?? "—",
    });
  }
  return rows;
}
