/**
 * The input of the single-shot detectors (SSD MobileNet v1, Tiny Face Detector), prepared as face-api.js
 * does (`NetInput.toBatchTensor(size, false)` then `padToSquare`): the image padded with black at the
 * bottom or right to a square of side max(width, height), then resized bilinearly to size × size.
 * Padding one side only keeps the mapping back simple and exact: a coordinate u ∈ [0, 1] of the
 * network's square is u · side in the source, on both axes.
 */
import * as tf from "@tensorflow/tfjs-core";
import type { Pixels } from "../core/types.js";

/**
 * `pixels` as a `[1, size, size, 3]` float32 tensor of 0…255 RGB values; the caller disposes it.
 * Built step by step, each full-size tensor freed as soon as the next exists, because a photo's padded
 * square is the largest thing a detection holds (a `tf.tidy` would keep every step until its end).
 */
export function squareInput(pixels: Pixels, size: number): tf.Tensor4D {
  const { width, height, channels, data } = pixels;
  const side = Math.max(width, height);
  const rgb = new Int32Array(width * height * 3);
  for (let p = 0, q = 0; p < rgb.length; p += 3, q += channels) {
    rgb[p] = data[q];
    rgb[p + 1] = data[q + 1];
    rgb[p + 2] = data[q + 2];
  }
  const image = tf.tensor3d(rgb, [height, width, 3], "int32");
  const square = tf.pad(image, [
    [0, side - height],
    [0, side - width],
    [0, 0],
  ]);
  image.dispose();
  // alignCorners and halfPixelCenters off, as face-api.js calls it; the result is float32
  const resized = tf.image.resizeBilinear(square, [size, size]);
  square.dispose();
  const batch = tf.expandDims(resized, 0) as tf.Tensor4D;
  resized.dispose();
  return batch;
}

/** The side of the square `squareInput` pads `pixels` to: network coordinates in [0, 1] times this are source pixels. */
export function squareSide(pixels: Pixels): number {
  return Math.max(pixels.width, pixels.height);
}
