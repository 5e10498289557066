// What the pyramid costs P-Net for an image size and settings: how many levels, and how many pixels
// P-Net convolves over all of them (its work grows with the pixels, not with the number of levels).
import { pyramidScales } from "facelab";

export interface PyramidCost {
  levels: number;
  /** Sum over the levels of the resized image's pixels. */
  pixels: number;
}

/** The levels and pixels of the pyramid of a `width`×`height` image for `minFaceSize` and `factor`. */
export function pyramidCost(width: number, height: number, minFaceSize: number, factor: number): PyramidCost {
  const scales = pyramidScales(width, height, minFaceSize, factor);
  return { levels: scales.length, pixels: scales.reduce((n, s) => n + Math.round(width * s) * Math.round(height * s), 0) };
}

/** "1.23 M" for a pixel count. */
export const megapixels = (n: number): string => `${(n / 1e6).toFixed(2)} M`;
