/**
 * Landmark alignment (the ArcFace / insightface recipe): fit the similarity transform taking the five
 * detected landmarks onto the canonical template, then warp the image through it. Eyes, nose and
 * mouth land on the same pixels in every crop, whatever the head's roll, scale or position.
 */
import type { Landmarks5, Pixels } from "../core/types.js";
import { alignmentTemplate } from "./alignmentTemplate.js";
import { estimateSimilarity } from "./similarityTransform.js";
import { warpSimilarity } from "./warpSimilarity.js";

export interface SimilarityWarpOptions {
  /** Output side in pixels (112 for ArcFace models, 160 for FaceNet); the template scales with it. Default 112. */
  size?: number;
}

/** The face of `landmarks` aligned to the ArcFace template, as a `size`×`size` RGB image. */
export function similarityWarp(pixels: Pixels, landmarks: Landmarks5, options: SimilarityWarpOptions = {}): Pixels {
  const size = options.size ?? 112;
  if (!(Number.isInteger(size) && size > 0)) throw new RangeError(`similarityWarp: size must be a positive integer, got ${size}`);
  const toTemplate = estimateSimilarity(landmarks, alignmentTemplate(size));
  return warpSimilarity(pixels, toTemplate, size);
}
