/**
 * The input of the single-shot detectors (SSD MobileNet v1, Tiny Face Detector), prepared as face-api.js
 * does (`NetInput.toBatchTensor(size, false)` then `padToSquare`): the image padded with black at the
 * bottom or right to a square of side max(width, height), then resized bilinearly to size × size.
 * Padding one side only keeps the mapping back simple and exact: a coordinate u ∈ [0, 1] of the
 * network's square is u · side in the source, on both axes.
 */
import * as tf from "@tensorflow/tfjs-core";
import type { Pixels } from "../core/types.js";

/** `pixels` as a `[1, size, size, 3]` float32 tensor of 0…255 RGB values; the caller disposes it. */
export function squareInput(pixels: Pixels, size: number): tf.Tensor4D {
  const { width, height, channels, data } = pixels;
  const side = Math.max(width, height);
  return tf.tidy(() => {
    const raw = tf.tensor3d(Uint8Array.from(data), [height, width, channels], "int32");
    const rgb = tf.cast(tf.slice(raw, [0, 0, 0], [height, width, 3]), "float32");
    const square = tf.pad(rgb, [
      [0, side - height],
      [0, side - width],
      [0, 0],
    ]);
    // alignCorners and halfPixelCenters off, as face-api.js calls it
    return tf.expandDims(tf.image.resizeBilinear(square as tf.Tensor3D, [size, size]), 0) as tf.Tensor4D;
  });
}

/** The side of the square `squareInput` pads `pixels` to: network coordinates in [0, 1] times this are source pixels. */
export function squareSide(pixels: Pixels): number {
  return Math.max(pixels.width, pixels.height);
}
