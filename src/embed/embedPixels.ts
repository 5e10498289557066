/**
 * The batched `embed` shared by every embedder: faces → one `[n, s, s, 3]` upload per chunk → the
 * network → one read back. Chunks bound the activation memory of big batches (dlib's first feature
 * map is 72×72×32 floats per face).
 */
import * as tf from "@tensorflow/tfjs-core";
import type { Pixels } from "../core/types.js";
import { resizeBilinear } from "../align/resizeBilinear.js";
import type { Embedding } from "./embedder.js";

/** Faces per forward pass. */
const EMBED_CHUNK = 32;

/** Raw 0…255 RGB of `faces` (resized to `size` when needed), row-major `[n, size, size, 3]`. */
export function batchRgb(faces: readonly Pixels[], size: number): Float32Array {
  const out = new Float32Array(faces.length * size * size * 3);
  faces.forEach((face, i) => {
    const p = face.width === size && face.height === size ? face : resizeBilinear(face, size, size);
    const base = i * size * size * 3;
    for (let k = 0; k < size * size; k++) {
      out[base + k * 3] = p.data[k * p.channels];
      out[base + k * 3 + 1] = p.data[k * p.channels + 1];
      out[base + k * 3 + 2] = p.data[k * p.channels + 2];
    }
  });
  return out;
}

/** `forward` over `faces` in chunks, one read per chunk; rows of length `dimension`. */
export async function embedPixels(
  forward: (batch: tf.Tensor4D) => tf.Tensor2D,
  faces: readonly Pixels[],
  size: number,
  dimension: number,
): Promise<Embedding[]> {
  const out: Embedding[] = [];
  for (let start = 0; start < faces.length; start += EMBED_CHUNK) {
    const chunk = faces.slice(start, start + EMBED_CHUNK);
    const result = tf.tidy(() => forward(tf.tensor4d(batchRgb(chunk, size), [chunk.length, size, size, 3])));
    try {
      const data = (await result.data()) as Float32Array;
      if (data.length !== chunk.length * dimension) {
        throw new Error(`embedder returned ${data.length / chunk.length} values per face, expected ${dimension}`);
      }
      for (let i = 0; i < chunk.length; i++) out.push(data.slice(i * dimension, (i + 1) * dimension));
    } finally {
      result.dispose();
    }
  }
  return out;
}
