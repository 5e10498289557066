/**
 * R-Net / O-Net inputs cut on the tensor side: `tf.image.cropAndResize` on the normalised image, the
 * same pixel rectangles as the CPU path (`cropRect`, zero-padded where a box leaves the image), so the
 * crops never leave the backend. Used when `cropSampling` is "bilinear".
 */
import * as tf from "@tensorflow/tfjs-core";
import type { Box, Pixels } from "../core/types.js";
import { cropRect } from "./inputs.js";

/** The whole image normalised as the nets expect, `[1, height, width, 3]`; the caller disposes it. */
export function imageTensor(pixels: Pixels): tf.Tensor4D {
  return tf.tidy(() => {
    const { width, height, channels, data } = pixels;
    const raw = tf.slice(tf.tensor3d(Uint8Array.from(data), [height, width, channels], "int32"), [0, 0, 0], [height, width, 3]);
    return tf.expandDims(tf.mul(tf.sub(tf.cast(raw, "float32"), 127.5), 1 / 128), 0) as tf.Tensor4D;
  });
}

/** Crops `[n, size, size, 3]` of `boxes` from `image` (bilinear; outside the image reads as black). */
export function tensorCrops(image: tf.Tensor4D, boxes: readonly Box[], size: number): tf.Tensor4D {
  const [, height, width] = image.shape;
  // cropAndResize maps y1 … y2 (normalised by height − 1) onto the first … last output row's centres.
  const coords = boxes.flatMap((box) => {
    const r = cropRect(box, width, height, "pad");
    return [r.y0 / (height - 1), r.x0 / (width - 1), (r.y1 - 1) / (height - 1), (r.x1 - 1) / (width - 1)];
  });
  return tf.tidy(() =>
    tf.image.cropAndResize(
      image,
      tf.tensor2d(coords, [boxes.length, 4]),
      tf.zeros([boxes.length], "int32") as tf.Tensor1D,
      [size, size],
      "bilinear",
      -127.5 / 128,
    ),
  );
}
