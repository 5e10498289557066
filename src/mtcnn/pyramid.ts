/**
 * The image pyramid: P-Net only sees 12×12 windows, so faces of every size are found by running it
 * on the image scaled by 12/minFaceSize, then by `factor` again and again while the shorter side of
 * the scaled image is still at least 12 px (MTCNN §2.1; facenet-pytorch `detect_face`).
 */

/** One pyramid level: the scale and the size of the resized image P-Net runs on. */
export interface PyramidLevel {
  scale: number;
  width: number;
  height: number;
}

/** The scales for an image of the given size, largest first. */
export function pyramidScales(width: number, height: number, minFaceSize: number, factor: number): number[] {
  const scales: number[] = [];
  let scale = 12 / minFaceSize;
  let shorter = Math.min(width, height) * scale;
  while (shorter >= 12) {
    scales.push(scale);
    scale *= factor;
    shorter *= factor;
  }
  return scales;
}

/**
 * Size of the image resized by `scale`. The reference rounds as `int(side * scale + 1)`
 * (facenet-pytorch); candidate boxes are mapped back with `scale` itself, not this size.
 */
export function levelSize(width: number, height: number, scale: number): { width: number; height: number } {
  return { width: Math.trunc(width * scale + 1), height: Math.trunc(height * scale + 1) };
}

/** The pyramid levels for an image. */
export function pyramid(width: number, height: number, minFaceSize: number, factor: number): PyramidLevel[] {
  return pyramidScales(width, height, minFaceSize, factor).map((scale) => ({
    scale,
    ...levelSize(width, height, scale),
  }));
}
