/**
 * Area resampling from a summed-area table: output pixel i of n covers source cells
 * [floor(i·N/n), ceil((i+1)·N/n)) — exactly torch's `interpolate(mode="area")` (adaptive average
 * pooling), which the reference MTCNN uses. The source rectangle may extend past the image: cells
 * outside count as black, which is MTCNN's zero padding of boxes that leave the image.
 */
import type { IntegralImage } from "./integral.js";

/** An integer pixel rectangle: columns [x0, x1), rows [y0, y1). */
export interface PixelRect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Bin edges of `n` output cells over `size` source cells starting at `origin`. */
export function areaBins(origin: number, size: number, n: number): { start: Int32Array; end: Int32Array } {
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    start[i] = origin + Math.floor((i * size) / n);
    end[i] = origin + Math.ceil(((i + 1) * size) / n);
  }
  return { start, end };
}

/** Output cells `[i0, i1)` (rows) × `[j0, j1)` (columns) of a resample: a tile of it. */
export interface OutputWindow {
  i0: number;
  i1: number;
  j0: number;
  j1: number;
}

/**
 * Writes the `outW × outH` area resample of `rect` into `out` from `offset`, HWC RGB, each value
 * mapped as `mean * gain + bias` (so network input normalisation costs no extra pass).
 */
export function areaResample(ii: IntegralImage, rect: PixelRect, outW: number, outH: number, out: Float32Array, offset = 0, gain = 1, bias = 0): void {
  areaResampleWindow(ii, rect, outW, outH, { i0: 0, i1: outH, j0: 0, j1: outW }, out, offset, gain, bias);
}

/**
 * Only the cells of `window` of the `outW × outH` area resample of `rect`, written row by row
 * (`(i1 − i0) × (j1 − j0)` pixels, HWC RGB) into `out` from `offset`: exactly those cells of
 * `areaResample`'s output, so a big pyramid level can be built and run one tile at a time.
 */
export function areaResampleWindow(
  ii: IntegralImage,
  rect: PixelRect,
  outW: number,
  outH: number,
  window: OutputWindow,
  out: Float32Array,
  offset = 0,
  gain = 1,
  bias = 0,
): void {
  const cols = areaBins(rect.x0, rect.x1 - rect.x0, outW);
  const rows = areaBins(rect.y0, rect.y1 - rect.y0, outH);
  const stride = (ii.width + 1) * 3;
  const s = ii.sums;
  const cx = (v: number) => Math.min(Math.max(v, 0), ii.width) * 3;
  const cy = (v: number) => Math.min(Math.max(v, 0), ii.height) * stride;
  let o = offset;
  for (let i = window.i0; i < window.i1; i++) {
    const top = cy(rows.start[i]);
    const bottom = cy(rows.end[i]);
    const binH = rows.end[i] - rows.start[i];
    for (let j = window.j0; j < window.j1; j++) {
      const left = cx(cols.start[j]);
      const right = cx(cols.end[j]);
      const k = gain / (binH * (cols.end[j] - cols.start[j]));
      for (let c = 0; c < 3; c++) {
        // Modulo-2³² difference: exact while the rectangle's true sum fits in 32 bits.
        const sum = (s[bottom + right + c] - s[bottom + left + c] - s[top + right + c] + s[top + left + c]) >>> 0;
        out[o++] = sum * k + bias;
      }
    }
  }
}
