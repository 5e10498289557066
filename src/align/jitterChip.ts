/**
 * dlib's `jitter_image` (dlib `image_transforms/interpolation.h`), the test-time augmentation dlib's
 * face-recognition example averages over 100 copies to reach its published LFW accuracy: each copy of
 * the square chip is re-cut from a square 97–100 % of the chip's inner 144 px (3 px trimmed per side),
 * shifted by up to 2 % of that side (rounded to whole pixels), rotated by up to ±3°, resampled
 * bilinearly to the chip's size and mirrored with probability ½. The random numbers are drawn in
 * dlib's order (shift x, shift y, scale, angle, mirror) from a seeded generator here, so a run is
 * repeatable; dlib's own generator (`dlib::rand`) gives other, equally distributed draws.
 */
import type { Pixels } from "../core/types.js";
import { mirror } from "./mirror.js";
import { invertSimilarity } from "./similarityTransform.js";
import { warpSimilarity } from "./warpSimilarity.js";

/** dlib `jitter_image`'s constants. */
export const DLIB_JITTER = Object.freeze({ maxRotationDegrees: 3, minObjectHeight: 0.97, maxObjectHeight: 0.99999, translateAmount: 0.02, border: 3 });

/** A uniform generator on [0, 1) (e.g. `seededRandom` of core/random). */
export type Random = () => number;

/** One jittered copy's geometry: the source square (integer corners, dlib's `crop_rect`), its angle and whether it is mirrored. */
export interface JitterDraw {
  left: number;
  top: number;
  /** Side of the source square in pixels (dlib's `box_size`). */
  side: number;
  /** Radians. */
  angle: number;
  mirrored: boolean;
}

/** dlib's draws for a `size`-px chip, from `random`. */
export function jitterDraw(size: number, random: Random): JitterDraw {
  const { maxRotationDegrees, minObjectHeight, maxObjectHeight, translateAmount, border } = DLIB_JITTER;
  const inner = size - 2 * border; // shrink_rect(get_rect(img), 3): width 144 for 150
  const range = (lo: number, hi: number) => lo + (hi - lo) * random();
  const dx = Math.round(range(-translateAmount, translateAmount) * inner);
  const dy = Math.round(range(-translateAmount, translateAmount) * inner);
  const side = Math.trunc(inner / range(minObjectHeight, maxObjectHeight));
  const angle = (range(-maxRotationDegrees, maxRotationDegrees) * Math.PI) / 180;
  const mirrored = random() > 0.5;
  // dlib: center(rect) = (l + r + 1) / 2 in integers; centered_rect(p, w, h) starts at p − w/2 (integer division)
  const centre = Math.floor((border + (size - 1 - border) + 1) / 2);
  return { left: centre + dx - Math.floor(side / 2), top: centre + dy - Math.floor(side / 2), side, angle, mirrored };
}

/** The jittered copy of the square `chip` that `draw` describes (dlib's `extract_image_chip` of the rotated square). */
export function applyJitter(chip: Pixels, draw: JitterDraw): Pixels {
  const size = chip.width;
  const { left, top, side, angle, mirrored } = draw;
  // chip pixel u → centre + R(angle)·(u − (size−1)/2)·(side−1)/(size−1): corner pixels onto the square's corners
  const k = (side - 1) / (size - 1);
  const a = k * Math.cos(angle);
  const b = k * Math.sin(angle);
  const c = left + (side - 1) / 2;
  const h = (size - 1) / 2;
  const toImage = { a, b, tx: c - (a * h - b * h), ty: top + (side - 1) / 2 - (b * h + a * h) };
  const out = warpSimilarity(chip, invertSimilarity(toImage), size);
  return mirrored ? mirror(out) : out;
}

/** `count` jittered copies of the square `chip`, drawn from `random` (dlib's example: 100). */
export function jitterChip(chip: Pixels, count: number, random: Random): Pixels[] {
  if (chip.width !== chip.height) throw new RangeError(`jitterChip needs a square chip, got ${chip.width}×${chip.height}`);
  if (!(Number.isInteger(count) && count > 0)) throw new RangeError(`jitterChip: count must be a positive integer, got ${count}`);
  return Array.from({ length: count }, () => applyJitter(chip, jitterDraw(chip.width, random)));
}
