/**
 * Resizes pixels with PIL's BILINEAR filter (a triangle kernel whose support widens with the
 * downscale factor, so big faces shrink without aliasing). This is what facenet's
 * `align_dataset_mtcnn.py` calls through `scipy.misc.imresize(..., interp='bilinear')`. Upscaling it
 * is plain bilinear interpolation with pixel centres at i + ½. Separable: rows first, then columns.
 */
import type { Pixels } from "../core/types.js";

/** For each output index along one axis: first input index, tap count and normalised weights. */
export interface AxisWeights {
  start: Int32Array;
  count: Int32Array;
  /** `taps` weights per output index (unused tail entries are 0). */
  weights: Float64Array;
  taps: number;
}

/** PIL `precompute_coeffs` for the bilinear (triangle) filter. */
export function axisWeights(inSize: number, outSize: number): AxisWeights {
  const scale = inSize / outSize;
  const support = Math.max(scale, 1); // filter radius in input pixels
  const taps = Math.ceil(support) * 2 + 1;
  const start = new Int32Array(outSize);
  const count = new Int32Array(outSize);
  const weights = new Float64Array(outSize * taps);
  for (let i = 0; i < outSize; i++) {
    const centre = (i + 0.5) * scale;
    const lo = Math.max(0, Math.trunc(centre - support + 0.5));
    const hi = Math.min(inSize, Math.trunc(centre + support + 0.5));
    let total = 0;
    for (let j = lo; j < hi; j++) {
      const w = Math.max(0, 1 - Math.abs((j + 0.5 - centre) / support));
      weights[i * taps + j - lo] = w;
      total += w;
    }
    for (let j = 0; j < hi - lo && total > 0; j++) weights[i * taps + j] /= total;
    start[i] = lo;
    count[i] = hi - lo;
  }
  return { start, count, weights, taps };
}

/** One separable pass along x (stride 1 pixel) or y (stride one row), float in, float out. */
function pass(src: Float64Array, w: number, h: number, c: number, ax: AxisWeights, alongX: boolean): Float64Array {
  const outW = alongX ? ax.start.length : w;
  const outH = alongX ? h : ax.start.length;
  const out = new Float64Array(outW * outH * c);
  const step = alongX ? c : w * c;
  for (let y = 0; y < outH; y++) {
    for (let x = 0; x < outW; x++) {
      const i = alongX ? x : y;
      const base = alongX ? (y * w + ax.start[i]) * c : (ax.start[i] * w + x) * c;
      for (let k = 0; k < c; k++) {
        let acc = 0;
        for (let t = 0; t < ax.count[i]; t++) acc += ax.weights[i * ax.taps + t] * src[base + t * step + k];
        out[(y * outW + x) * c + k] = acc;
      }
    }
  }
  return out;
}

/** `pixels` resized to `width`×`height` RGB (alpha dropped), PIL-bilinear. */
export function resizeBilinear(pixels: Pixels, width: number, height: number): Pixels {
  if (!(Number.isInteger(width) && Number.isInteger(height) && width > 0 && height > 0)) {
    throw new RangeError(`resizeBilinear: output size must be positive integers, got ${width}×${height}`);
  }
  if (pixels.width < 1 || pixels.height < 1) throw new RangeError("resizeBilinear: the input is empty");
  const { width: w, height: h, channels, data } = pixels;
  const rgb = new Float64Array(w * h * 3);
  for (let p = 0; p < w * h; p++) for (let k = 0; k < 3; k++) rgb[p * 3 + k] = data[p * channels + k];
  const rows = pass(rgb, w, h, 3, axisWeights(w, width), true); // [h, width, 3]
  const both = pass(rows, width, h, 3, axisWeights(h, height), false); // [height, width, 3]
  const out = new Uint8Array(both.length);
  for (let i = 0; i < both.length; i++) out[i] = Math.min(255, Math.max(0, Math.round(both[i])));
  return { width, height, channels: 3, data: out };
}
