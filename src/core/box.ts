/**
 * Box arithmetic on `[x1, y1, x2, y2]` boxes: area, IoU, squaring, clipping and the MTCNN
 * bounding-box regression. Pure functions on numbers; nothing here touches tensors.
 */
import type { Box } from "./types.js";

/** Width × height; 0 for an empty or inverted box. */
export function area([x1, y1, x2, y2]: Box): number {
  return Math.max(0, x2 - x1) * Math.max(0, y2 - y1);
}

/** Area of the overlap of two boxes (0 when they are disjoint). */
export function intersection(a: Box, b: Box): number {
  const w = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
  const h = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
  return w > 0 && h > 0 ? w * h : 0;
}

/** How two boxes' overlap is normalised: by their union (IoU) or by the smaller box ("Min" in MTCNN). */
export type OverlapMode = "union" | "min";

/** Intersection over union (mode "union") or over the smaller area (mode "min"); 0 for empty boxes. */
export function overlap(a: Box, b: Box, mode: OverlapMode = "union"): number {
  const inter = intersection(a, b);
  if (inter === 0) return 0;
  const denom = mode === "min" ? Math.min(area(a), area(b)) : area(a) + area(b) - inter;
  return inter / denom;
}

/** Intersection over union. */
export function iou(a: Box, b: Box): number {
  return overlap(a, b, "union");
}

/**
 * The square with the same centre whose side is the box's longer side (MTCNN's `rerec`):
 * R-Net and O-Net see square crops, so candidates are squared before cropping.
 */
export function square([x1, y1, x2, y2]: Box): Box {
  const w = x2 - x1;
  const h = y2 - y1;
  const side = Math.max(w, h);
  const nx = x1 + w / 2 - side / 2;
  const ny = y1 + h / 2 - side / 2;
  return [nx, ny, nx + side, ny + side];
}

/** The box clipped to an image of the given size. */
export function clip([x1, y1, x2, y2]: Box, width: number, height: number): Box {
  const cx = (v: number) => Math.min(Math.max(v, 0), width);
  const cy = (v: number) => Math.min(Math.max(v, 0), height);
  return [cx(x1), cy(y1), cx(x2), cy(y2)];
}

/**
 * Applies a regression `[dx1, dy1, dx2, dy2]` (offsets as fractions of the box size) to a box.
 * `extent` is added to width and height: the reference code measures P-Net candidates as `x2 - x1`
 * but R-Net/O-Net boxes as `x2 - x1 + 1` (inclusive pixel boxes of the original MATLAB release), and
 * the weights were trained with those conventions, so both are kept.
 */
export function regress([x1, y1, x2, y2]: Box, d: ArrayLike<number>, extent = 0): Box {
  const [dx1, dy1, dx2, dy2] = [d[0], d[1], d[2], d[3]];
  const w = x2 - x1 + extent;
  const h = y2 - y1 + extent;
  return [x1 + dx1 * w, y1 + dy1 * h, x2 + dx2 * w, y2 + dy2 * h];
}
