/**
 * A reduced copy of decoded pixels by area averaging, for a detection over its memory budget
 * (`detectionSize`). Output pixel (i, j) is the mean of the source cells under it, with the same bins
 * as `areaResample` (torch's area interpolation), but computed straight from the pixels one output
 * row at a time: a summed-area table of the whole source is what the budget cannot afford.
 */
import type { Pixels } from "../core/types.js";
import { areaBins } from "./areaResample.js";
import type { Size } from "./imageLimits.js";

/** `pixels` area-averaged to `size` (RGB, rounded to the nearest level); `pixels` itself if the size is its own. */
export function reducePixels(pixels: Pixels, size: Size): Pixels {
  const { width, height, channels, data } = pixels;
  if (size.width === width && size.height === height) return pixels;
  if (size.width > width || size.height > height || size.width < 1 || size.height < 1) {
    throw new RangeError(`reducePixels only reduces: ${width}×${height} → ${size.width}×${size.height}`);
  }
  const rows = areaBins(0, height, size.height);
  const cols = areaBins(0, width, size.width);
  const out = new Uint8Array(size.width * size.height * 3);
  // Column prefix sums of the rows under one output row: acc[(x + 1)·3 + c] = sum over columns < x + 1.
  const acc = new Float64Array((width + 1) * 3);
  let o = 0;
  for (let i = 0; i < size.height; i++) {
    acc.fill(0);
    for (let y = rows.start[i]; y < rows.end[i]; y++) {
      const src = y * width * channels;
      for (let x = 0; x < width; x++) {
        const p = src + x * channels;
        const a = (x + 1) * 3;
        acc[a] += data[p];
        acc[a + 1] += data[p + 1];
        acc[a + 2] += data[p + 2];
      }
    }
    for (let x = 1; x <= width; x++) {
      const a = x * 3;
      acc[a] += acc[a - 3];
      acc[a + 1] += acc[a - 2];
      acc[a + 2] += acc[a - 1];
    }
    const binH = rows.end[i] - rows.start[i];
    for (let j = 0; j < size.width; j++) {
      const l = cols.start[j] * 3;
      const r = cols.end[j] * 3;
      const n = binH * (cols.end[j] - cols.start[j]);
      out[o++] = Math.round((acc[r] - acc[l]) / n);
      out[o++] = Math.round((acc[r + 1] - acc[l + 1]) / n);
      out[o++] = Math.round((acc[r + 2] - acc[l + 2]) / n);
    }
  }
  return { width: size.width, height: size.height, channels: 3, data: out };
}
