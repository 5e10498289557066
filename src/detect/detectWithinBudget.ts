/**
 * The memory guard every detector shares with MTCNN (`image/imageLimits.ts`): an image over the
 * detection budget is detected on an area-reduced copy and its detections are mapped back, so
 * results are always in the source's pixels.
 */
import type { Detection, Pixels } from "../core/types.js";
import { detectionSize, isReduced, type DetectLimits } from "../image/imageLimits.js";
import { reducePixels } from "../image/reducePixels.js";
import { facesToSource } from "../image/scaleFaces.js";

/** `run` on `pixels`, or on a reduced copy within `limits` with its detections scaled back to `pixels`. */
export async function detectWithinBudget(pixels: Pixels, limits: DetectLimits, run: (input: Pixels) => Promise<Detection[]>): Promise<Detection[]> {
  const used = detectionSize(pixels, limits);
  const found = await run(reducePixels(pixels, used));
  return isReduced(pixels, used) ? facesToSource(found, used, pixels) : found;
}
