/**
 * How large an image the detector takes, in one place for the CLI and the pages. Larger photos are
 * downscaled (aspect kept) before the pyramid is built, with a notice, so memory stays bounded
 * whatever a user drops in: a 12000×9000 scan would otherwise need a 1.3 GB summed-area table.
 */

/**
 * The longest side, in pixels, an image keeps before detection. At 1600 px the summed-area table
 * (`integralImage`: (w+1)(h+1)·3 uint32) stays ≤ 31 MB and the largest P-Net level (scale 12/20 for
 * the default minimum face of 20 px) ≤ 960×960, which wasm runs in seconds in a page; faces down to
 * 20 px in the downscaled photo are still found. Phone photos (4000×3000) lose only faces < 50 px.
 */
export const MAX_IMAGE_SIDE = 1600;

/** A width and height in pixels. */
export interface Size {
  width: number;
  height: number;
}

/** `size` scaled down (never up) so its longer side is at most `maxSide`; sides at least 1 px. */
export function fitWithin(size: Size, maxSide = MAX_IMAGE_SIDE): Size {
  const k = Math.min(1, maxSide / Math.max(size.width, size.height));
  if (k === 1) return { width: size.width, height: size.height };
  return { width: Math.max(1, Math.round(size.width * k)), height: Math.max(1, Math.round(size.height * k)) };
}

/** The one-line notice shown when an image was downscaled, e.g. "image too large, downscaled to 1600×1200 (from 12000×9000)". */
export function downscaleNotice(original: Size, used: Size): string {
  return `image too large, downscaled to ${used.width}×${used.height} (from ${original.width}×${original.height})`;
}
