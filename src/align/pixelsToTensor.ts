/**
 * Pixels → a float32 tensor `[h, w, 3]` of raw 0…255 RGB values, the input embedders start from.
 * No normalisation here: FaceNet whitens per image, ArcFace uses (x − 127.5) / 128, so each embedder
 * applies its own. Alpha (channels = 4) is dropped on the CPU, before the one upload.
 */
import * as tf from "@tensorflow/tfjs";
import type { Pixels } from "../core/types.js";

/** A new `[height, width, 3]` float32 tensor holding `pixels`' RGB values; the caller disposes it. */
export function pixelsToTensor(pixels: Pixels): tf.Tensor3D {
  const { width, height, channels, data } = pixels;
  const rgb = new Float32Array(width * height * 3);
  for (let p = 0; p < width * height; p++) {
    rgb[p * 3] = data[p * channels];
    rgb[p * 3 + 1] = data[p * channels + 1];
    rgb[p * 3 + 2] = data[p * channels + 2];
  }
  return tf.tensor3d(rgb, [height, width, 3], "float32");
}
