/**
 * BlazeFace's outputs decoded on numbers, as MediaPipe's `TensorsToDetectionsCalculator` does for the
 * face graphs (`reverse_output_order: true`, `sigmoid_score: true`, `score_clipping_thresh: 100`,
 * x/y/w/h scales = the input size), then BlazeFace's weighted NMS ("blending" in Bazarevsky et al.
 * 2019, §2: overlapping boxes are averaged, weighted by score, instead of keeping only the best).
 */
import { iou } from "../core/box.js";
import type { Box } from "../core/types.js";
import type { AnchorCentre } from "./blazeFaceAnchors.js";
import type { UnitCandidate } from "./squareDetections.js";

/** Values per anchor in a decoded row: 16 regressors (box x, y, w, h and six keypoints x, y) then the score logit. */
export const BLAZEFACE_ROW = 17;

const sigmoid = (v: number) => 1 / (1 + Math.exp(-v));

/**
 * Candidates above `threshold` from rows `[n, 17]` (`[dx, dy, w, h, 12 keypoint values, logit]` in
 * input pixels, offsets from each anchor centre), boxes in the unit square of an `inputSize` input.
 */
export function blazeFaceCandidates(rows: ArrayLike<number>, anchors: readonly AnchorCentre[], inputSize: number, threshold: number): UnitCandidate[] {
  const out: UnitCandidate[] = [];
  anchors.forEach(([ax, ay], i) => {
    const o = i * BLAZEFACE_ROW;
    const score = sigmoid(Math.min(100, Math.max(-100, rows[o + 16])));
    if (!(score > threshold)) return;
    const cx = rows[o] / inputSize + ax;
    const cy = rows[o + 1] / inputSize + ay;
    const w = rows[o + 2] / inputSize;
    const h = rows[o + 3] / inputSize;
    out.push({ box: [cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2], score });
  });
  return out;
}

/**
 * Weighted NMS: the best remaining candidate and every other one overlapping it by more than
 * `threshold` (IoU) become one box, their coordinates averaged with the scores as weights; it keeps the
 * best one's score. Best first.
 */
export function weightedNms(candidates: readonly UnitCandidate[], threshold: number): UnitCandidate[] {
  let remaining = [...candidates].sort((a, b) => b.score - a.score);
  const out: UnitCandidate[] = [];
  while (remaining.length > 0) {
    const best = remaining[0];
    const group = remaining.filter((c) => c === best || iou(c.box, best.box) > threshold);
    remaining = remaining.filter((c) => !group.includes(c));
    const total = group.reduce((s, c) => s + c.score, 0);
    const box = [0, 1, 2, 3].map((k) => group.reduce((s, c) => s + c.box[k] * c.score, 0) / total) as Box;
    out.push({ box, score: best.score });
  }
  return out;
}
