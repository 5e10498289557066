/**
 * IoU as the WIDER FACE evaluation toolbox computes it (`boxoverlap.m`, from the PASCAL VOC devkit):
 * boxes are counted in whole pixels, inclusive at both ends, so a box from x1 to x2 covers
 * x2 − x1 + 1 columns. Boxes stay in the library's one convention ([x1, y1, x2, y2]; a WIDER
 * annotation `x y w h` is [x, y, x + w, y + h]); only the counting differs from `iou` in src/core.
 * The +1 matters for tiny faces: a 10×10 face and the same box shifted 5 px sideways overlap
 * 0.333 by `iou` but 0.375 here.
 */
import type { Box } from "../core/types.js";

/** Intersection over union of inclusive-pixel boxes; 0 when they do not overlap. */
export function widerIou(a: Box, b: Box): number {
  const w = Math.min(a[2], b[2]) - Math.max(a[0], b[0]) + 1;
  const h = Math.min(a[3], b[3]) - Math.max(a[1], b[1]) + 1;
  if (w <= 0 || h <= 0) return 0;
  const inter = w * h;
  const areaA = (a[2] - a[0] + 1) * (a[3] - a[1] + 1);
  const areaB = (b[2] - b[0] + 1) * (b[3] - b[1] + 1);
  return inter / (areaA + areaB - inter);
}
