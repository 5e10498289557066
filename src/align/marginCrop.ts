/**
 * The FaceNet crop: the detected box grown by `margin` pixels (half on each side), cut back to the
 * image, then resized to `size`×`size`. Mirrors davidsandberg/facenet `src/align/align_dataset_mtcnn.py`
 * (defaults `--image_size 160 --margin 32`, the setting of facenet's LFW validation), including its
 * integer box (numpy `int32` assignment truncates) and PIL-bilinear resize.
 */
import type { Box, Pixels } from "../core/types.js";
import { cropPixels } from "./cropPixels.js";
import { resizeBilinear } from "./resizeBilinear.js";

export interface MarginCropOptions {
  /** Output side in pixels (facenet `--image_size`, default 160). */
  size?: number;
  /** Total margin in source pixels added around the box, half per side (facenet `--margin`, default 32). */
  margin?: number;
}

/** facenet `align_dataset_mtcnn.py` defaults for evaluation crops. */
export const DEFAULT_MARGIN_CROP = Object.freeze({ size: 160, margin: 32 });

/** The integer crop rectangle facenet computes for `box` in a `width`×`height` image. */
export function marginBox(box: Box, width: number, height: number, margin: number): Box {
  const half = margin / 2;
  return [
    Math.trunc(Math.max(box[0] - half, 0)),
    Math.trunc(Math.max(box[1] - half, 0)),
    Math.trunc(Math.min(box[2] + half, width)),
    Math.trunc(Math.min(box[3] + half, height)),
  ];
}

/** The face in `box` with facenet's margin, as a `size`×`size` RGB image. */
export function marginCrop(pixels: Pixels, box: Box, options: MarginCropOptions = {}): Pixels {
  const size = options.size ?? DEFAULT_MARGIN_CROP.size;
  const margin = options.margin ?? DEFAULT_MARGIN_CROP.margin;
  if (!(Number.isInteger(size) && size > 0)) throw new RangeError(`marginCrop: size must be a positive integer, got ${size}`);
  if (!(Number.isFinite(margin) && margin >= 0)) throw new RangeError(`marginCrop: margin must be a number ≥ 0, got ${margin}`);
  const rect = marginBox(box, pixels.width, pixels.height, margin);
  if (rect[2] <= rect[0] || rect[3] <= rect[1]) {
    throw new RangeError(`marginCrop: box [${box.join(", ")}] lies outside the ${pixels.width}×${pixels.height} image`);
  }
  return resizeBilinear(cropPixels(pixels, rect), size, size);
}
