/**
 * Renders a `size`×`size` image through a similarity transform by inverse mapping: each output pixel
 * looks up where it came from and samples the source bilinearly; samples outside the image are black.
 * Same conventions as OpenCV `warpAffine(..., borderValue=0)` used by insightface: integer
 * coordinates are pixel centres, and neighbours outside the image count as black.
 */
import type { Pixels } from "../core/types.js";
import { invertSimilarity, type SimilarityTransform } from "./similarityTransform.js";

/** Bilinear sample of channel `k` at (x, y); 0 outside. */
function sample(p: Pixels, x: number, y: number, k: number): number {
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  const fx = x - x0;
  const fy = y - y0;
  const at = (xi: number, yi: number) => (xi < 0 || yi < 0 || xi >= p.width || yi >= p.height ? 0 : p.data[(yi * p.width + xi) * p.channels + k]);
  const top = at(x0, y0) * (1 - fx) + at(x0 + 1, y0) * fx;
  const bottom = at(x0, y0 + 1) * (1 - fx) + at(x0 + 1, y0 + 1) * fx;
  return top * (1 - fy) + bottom * fy;
}

/** The `width`×`height` RGB image whose pixel (u, v) is the source at `toOutput⁻¹(u, v)`. */
export function warpSimilarity(pixels: Pixels, toOutput: SimilarityTransform, width: number, height = width): Pixels {
  if (!(Number.isInteger(width) && Number.isInteger(height) && width > 0 && height > 0)) {
    throw new RangeError(`warpSimilarity: output size must be positive integers, got ${width}×${height}`);
  }
  const inv = invertSimilarity(toOutput);
  const out = new Uint8Array(width * height * 3);
  for (let v = 0; v < height; v++) {
    for (let u = 0; u < width; u++) {
      const x = inv.a * u - inv.b * v + inv.tx;
      const y = inv.b * u + inv.a * v + inv.ty;
      const d = (v * width + u) * 3;
      for (let k = 0; k < 3; k++) out[d + k] = Math.round(sample(pixels, x, y, k));
    }
  }
  return { width, height, channels: 3, data: out };
}
