/**
 * dlib's face chip built from dlib-style landmarks, exactly as dlib builds it:
 * `extract_image_chip(img, get_face_chip_details(shape, 150, 0.25))` (dlib `image_transforms/
 * interpolation.h`). With 68 points (iBUG 300-W mark-up) dlib fits its mean face at points 27–54 and
 * 60–64 (nose, eyes, mouth corners and upper lip: brows and lower lip are ignored); with its 5-point
 * model, the four eye corners and the base of the nose. The fit goes from chip to image (least
 * squares in the image), and the chip is sampled from the rectangle dlib's `chip_details` makes of it:
 * centred on the image of chip point (size/2, size/2), its corners the images of the chip's corner
 * pixels, side `size·scale − 1` — so chip pixel u lands at `c + R·k·(u − (size−1)/2)` with
 * k = (size·scale − 1)/(size − 1). (dlib first halves the image with a pyramid when the chip is less
 * than half the face's size; LFW's faces are close to chip size, so that step never applies here.)
 */
import type { Pixels, Point } from "../core/types.js";
import { MEAN_FACE_X, MEAN_FACE_Y } from "./dlibChip.js";
import { applySimilarity, estimateSimilarity, invertSimilarity, type SimilarityTransform } from "./similarityTransform.js";
import { warpSimilarity } from "./warpSimilarity.js";

/** dlib's 5-point template (`get_face_chip_details`, `num_parts() == 5`), unit square. */
const DLIB5_UNIT: readonly Point[] = [
  [0.8595674595992, 0.2134981538014],
  [0.6460604764104, 0.2289674387677],
  [0.1205750620789, 0.2137274526848],
  [0.3340850613712, 0.2290642403242],
  [0.4901123135679, 0.6277975316475],
];

/**
 * The iBUG 68-point indices of dlib's five points: the outer and inner corner of the eye on the image's
 * right (45, 42), of the eye on its left (36, 39), and the base of the nose (33) — where dlib's template
 * above sits on its mean face (x 0.859 ≈ point 45's 0.859, 0.334 ≈ point 39's 0.335, 0.490 = point 33's).
 */
export const DLIB5_FROM_IBUG68 = [45, 42, 36, 39, 33] as const;

/** The 68-point indices dlib's 68-point chip fits: 27–54 and 60–64. */
export const DLIB68_FIT_POINTS: readonly number[] = Array.from({ length: 68 }, (_, i) => i).filter((i) => i >= 27 && !(i >= 55 && i <= 59) && !(i >= 65));

/** dlib's five points taken from 68 iBUG points. */
export function dlib5FromIbug68(points68: readonly Point[]): Point[] {
  if (points68.length !== 68) throw new RangeError(`dlib5FromIbug68 needs 68 points, got ${points68.length}`);
  return DLIB5_FROM_IBUG68.map((i) => points68[i]);
}

/** Where dlib puts `points` (5 or 68 of them) in a `size`-px chip with `padding`, and which image points go with them. */
function correspondences(points: readonly Point[], size: number, padding: number): { chip: Point[]; image: Point[] } {
  const place = ([x, y]: Point): Point => [((padding + x) / (2 * padding + 1)) * size, ((padding + y) / (2 * padding + 1)) * size];
  if (points.length === 5) return { chip: DLIB5_UNIT.map(place), image: [...points] };
  if (points.length === 68) {
    return {
      chip: DLIB68_FIT_POINTS.map((i) => place([MEAN_FACE_X[i - 17], MEAN_FACE_Y[i - 17]])),
      image: DLIB68_FIT_POINTS.map((i) => points[i]),
    };
  }
  throw new RangeError(`dlib's face chip needs 5 or 68 landmarks, got ${points.length}`);
}

/** The transform taking chip pixels to image pixels, as dlib's `extract_image_chip` samples them. */
export function dlibChipToImage(points: readonly Point[], size = 150, padding = 0.25): SimilarityTransform {
  if (!(Number.isInteger(size) && size > 1)) throw new RangeError(`dlib chip size must be an integer > 1, got ${size}`);
  const { chip, image } = correspondences(points, size, padding);
  const t = estimateSimilarity(chip, image);
  const scale = Math.hypot(t.a, t.b);
  const [cx, cy] = applySimilarity(t, [size / 2, size / 2]);
  const k = (size * scale - 1) / (size - 1) / scale;
  const a = t.a * k;
  const b = t.b * k;
  const h = (size - 1) / 2;
  return { a, b, tx: cx - (a * h - b * h), ty: cy - (b * h + a * h) };
}

/** dlib's `size`-px face chip (default 150, padding 0.25) of the face with dlib-style `points` (5 or 68). */
export function dlibFaceChip(pixels: Pixels, points: readonly Point[], size = 150, padding = 0.25): Pixels {
  return warpSimilarity(pixels, invertSimilarity(dlibChipToImage(points, size, padding)), size);
}
