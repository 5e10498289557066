/**
 * How large an image the detector works on, in one place for the library, the CLI and the pages.
 * The limit is a memory budget: what the detector holds per source pixel is fixed (below), so a
 * budget in bytes is a number of pixels. Photos within it are detected at full resolution; larger
 * ones on a reduced copy (aspect kept), and every box and landmark is mapped back to the source's
 * pixels, with a notice saying so.
 */

/** A width and height in pixels. */
export interface Size {
  width: number;
  height: number;
}

/**
 * Bytes the detector holds per source pixel while it runs, as measured: `facelab detect` on 24 and
 * 57.5 MP photos (bench/bigPhotos.ts) grew its peak RSS by 21.9 and 19.5 B per pixel over the
 * process's own ~340 MB. Where it goes: the summed-area table every pyramid level and crop is
 * resampled from (`integralImage`: 3 × uint32 = 12 B), the decoded pixels (3 B, and sharp's buffer
 * while decoding), P-Net's probability and regression maps over all levels (≈ 4 B at min face 20)
 * and one level's raw output at a time. P-Net itself runs in tiles (`pnetTiles`) and R-Net / O-Net in
 * bounded batches, so the networks' layers add a bounded amount, not a per-pixel one.
 */
const DETECT_BYTES_PER_PIXEL = 22;

const MiB = 1024 * 1024;

/** The default budget in Node (the CLI, the LFW pipeline): 1 GiB, so a 48 MP photo runs at full size (48.8 MP fit). */
export const NODE_DETECT_BUDGET = 1024 * MiB;

/** The default budget in a page: 256 MiB, so a 12 MP phone photo (4032×3024) runs at full size (12.2 MP fit). */
export const BROWSER_DETECT_BUDGET = 256 * MiB;

/** Pixels a budget in bytes allows. */
export function pixelsForBudget(bytes: number): number {
  return Math.floor(bytes / DETECT_BYTES_PER_PIXEL);
}

/** The default budget where this code runs: a page has a `document`, Node has none. */
export function defaultDetectBudget(): number {
  return typeof document === "undefined" ? NODE_DETECT_BUDGET : BROWSER_DETECT_BUDGET;
}

/** What a detection may use: a pixel count (from a memory budget) and, optionally, a longest side. */
export interface DetectLimits {
  /** The most source pixels the detector works on; larger images are reduced to fit. */
  maxPixels?: number;
  /** The longest side the detector works on (a user's own cap, e.g. `--max-side`). */
  maxSide?: number;
}

/** The size the detector works on for an image of `size`: `size` itself, or reduced (never enlarged) to fit `limits`. */
export function detectionSize(size: Size, limits: DetectLimits = {}): Size {
  const maxPixels = limits.maxPixels ?? pixelsForBudget(defaultDetectBudget());
  const maxSide = limits.maxSide ?? Infinity;
  if (!(maxPixels >= 1) || !(maxSide >= 1)) throw new RangeError(`detection limits must be at least 1 px, got ${maxPixels} px and side ${maxSide}`);
  const k = Math.min(1, Math.sqrt(maxPixels / (size.width * size.height)), maxSide / Math.max(size.width, size.height));
  if (k === 1) return { width: size.width, height: size.height };
  // floor, not round: the reduced copy must stay within the budget
  return { width: Math.max(1, Math.floor(size.width * k)), height: Math.max(1, Math.floor(size.height * k)) };
}

/** Whether a detection on `used` ran on a reduced copy of `original`. */
export function isReduced(original: Size, used: Size): boolean {
  return original.width !== used.width || original.height !== used.height;
}

/** "1/2.5": how much smaller the reduced copy is along the long side, one decimal. */
export function reductionRatio(original: Size, used: Size): string {
  const r = Math.max(original.width / used.width, original.height / used.height);
  return `1/${Number(r.toFixed(1))}`;
}

/**
 * The one-line notice for a detection on a reduced copy, e.g. "detected on a 1/2.5 copy (1600×1200 of
 * 4000×3000); boxes are in the original's pixels".
 */
export function reductionNotice(original: Size, used: Size): string {
  return `detected on a ${reductionRatio(original, used)} copy (${used.width}×${used.height} of ${original.width}×${original.height}); boxes are in the original's pixels`;
}
