/**
 * What the networks are fed: pyramid levels and square crops, area-resampled from the summed-area
 * table and normalised as the weights expect, `(pixel − 127.5) / 128` in RGB order (facenet
 * `detect_face.py`). Pure typed-array code, so it is identical in Node and in the browser.
 */
import type { Box } from "../core/types.js";
import { areaResample, type PixelRect } from "../image/areaResample.js";
import { integralImage, type IntegralImage } from "../image/integral.js";
import type { Pixels } from "../core/types.js";
import type { CropBorder } from "./options.js";
import type { PyramidLevel } from "./pyramid.js";

/** `(pixel − 127.5) / 128` as `pixel · INPUT_GAIN + INPUT_BIAS`. */
export const INPUT_GAIN = 1 / 128;
export const INPUT_BIAS = -127.5 / 128;

/**
 * The pixel rectangle cropped for a box: columns trunc(x1)−1 … trunc(x2)−1 inclusive (MATLAB's
 * 1-based indices carried into the 0-based ports), rows likewise. With `border` "clip" the rectangle
 * is cut back to the image (facenet-pytorch, whose outputs are our parity reference): an edge face's
 * crop is then stretched. With "pad" it may leave the image and the outside reads as black (the
 * original MATLAB release and facenet's TensorFlow port).
 */
export function cropRect([x1, y1, x2, y2]: Box, width: number, height: number, border: CropBorder): PixelRect {
  if (border === "pad") {
    const x0 = Math.trunc(x1) - 1;
    const y0 = Math.trunc(y1) - 1;
    return { x0, y0, x1: Math.max(Math.trunc(x2), x0 + 1), y1: Math.max(Math.trunc(y2), y0 + 1) };
  }
  const x0 = Math.min(Math.max(Math.trunc(x1), 1), width) - 1;
  const y0 = Math.min(Math.max(Math.trunc(y1), 1), height) - 1;
  return { x0, y0, x1: Math.max(Math.min(Math.trunc(x2), width), x0 + 1), y1: Math.max(Math.min(Math.trunc(y2), height), y0 + 1) };
}

/** Square crops of `boxes` resized to `size`×`size`, as a batch `[n, size, size, 3]`, normalised. */
export function cropInputs(ii: IntegralImage, boxes: readonly Box[], size: number, border: CropBorder): Float32Array {
  const per = size * size * 3;
  const out = new Float32Array(boxes.length * per);
  boxes.forEach((box, i) => areaResample(ii, cropRect(box, ii.width, ii.height, border), size, size, out, i * per, INPUT_GAIN, INPUT_BIAS));
  return out;
}

/**
 * One pyramid level of `pixels`, `[level.height, level.width, 3]`, area-resampled and normalised:
 * what P-Net is fed on that level (the detector builds the same values tile by tile).
 */
export function levelInput(pixels: Pixels, level: PyramidLevel): Float32Array {
  const ii = integralImage(pixels);
  const out = new Float32Array(level.width * level.height * 3);
  areaResample(ii, { x0: 0, y0: 0, x1: ii.width, y1: ii.height }, level.width, level.height, out, 0, INPUT_GAIN, INPUT_BIAS);
  return out;
}
