/**
 * The last step shared by the single-shot detectors: candidates in the unit square of the network's
 * padded input → NMS → boxes in source pixels. The input square has side max(width, height) and the
 * image sits in its top-left corner (`squareInput`), so u ∈ [0, 1] maps to u · side on both axes;
 * boxes are then clipped to the image (a box may run into the black padding).
 */
import { clip } from "../core/box.js";
import { nms } from "../core/nms.js";
import type { Box, Detection } from "../core/types.js";

/** A candidate in the unit square of the input, `[x1, y1, x2, y2]`. */
export interface UnitCandidate {
  box: Box;
  score: number;
}

/** How candidates become detections. */
export interface SquareMapping {
  /** The source image's width, px. */
  width: number;
  /** The source image's height, px. */
  height: number;
  /** NMS IoU threshold: a box overlapping a better kept one by more than this is dropped. */
  iouThreshold: number;
  /** At most this many detections are returned. */
  maxResults: number;
}

/** `candidates` suppressed, best first, mapped to source pixels and clipped to the image. */
export function squareDetections(candidates: readonly UnitCandidate[], { width, height, iouThreshold, maxResults }: SquareMapping): Detection[] {
  const side = Math.max(width, height);
  const boxes = candidates.map(({ box }) => box.map((v) => v * side) as Box);
  const kept = nms(
    boxes,
    candidates.map((c) => c.score),
    iouThreshold,
  ).slice(0, maxResults);
  return kept.map((i) => ({ box: clip(boxes[i], width, height), score: candidates[i].score }));
}
