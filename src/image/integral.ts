/**
 * Summed-area table of an RGB(A) image, so the mean colour of any pixel rectangle costs four look-ups.
 * MTCNN's reference resizes with area interpolation; with this table every pyramid level and every
 * R-Net / O-Net crop is an exact area resample at a cost proportional to the *output* size.
 */
import type { Pixels } from "../core/types.js";

/** `sums[((y * (width + 1)) + x) * 3 + c]` = sum of channel c over rows < y and columns < x. */
export interface IntegralImage {
  width: number;
  height: number;
  /** Stored modulo 2³²: differences of four entries are exact for any rectangle under 16.8 Mpx. */
  sums: Uint32Array;
}

/** Builds the summed-area table of `pixels` (alpha, if present, is ignored). */
export function integralImage(pixels: Pixels): IntegralImage {
  const { width, height, channels, data } = pixels;
  const stride = width + 1;
  const sums = new Uint32Array((height + 1) * stride * 3);
  for (let y = 0; y < height; y++) {
    let r = 0;
    let g = 0;
    let b = 0;
    const src = y * width * channels;
    const above = y * stride * 3;
    const row = (y + 1) * stride * 3;
    for (let x = 0; x < width; x++) {
      const p = src + x * channels;
      r += data[p];
      g += data[p + 1];
      b += data[p + 2];
      const o = 3 * (x + 1);
      // Uint32Array stores the wrapped value; differences are taken modulo 2³² below.
      sums[row + o] = sums[above + o] + r;
      sums[row + o + 1] = sums[above + o + 1] + g;
      sums[row + o + 2] = sums[above + o + 2] + b;
    }
  }
  return { width, height, sums };
}
