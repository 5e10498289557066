/**
 * P-Net candidates: every cell of a scale's probability map at or above the threshold becomes a
 * 12×12 window in the resized image (stride 2, because P-Net pools once), mapped back to the
 * source image by dividing by the scale (facenet `generateBoundingBox`).
 */
import type { Box } from "../core/types.js";

export const PNET_CELL = 12; // P-Net's receptive field, px
export const PNET_STRIDE = 2; // one 2×2 max-pool

/** A P-Net candidate: its window in source pixels, score, and the unapplied regression. */
export interface Candidate {
  box: Box;
  score: number;
  /** `[dx1, dy1, dx2, dy2]` as fractions of the window size. */
  reg: [number, number, number, number];
}

/**
 * Candidates from one scale. `prob` is the face-probability map `[rows, cols]` (row-major) and
 * `reg` the regression map `[rows, cols, 4]`.
 */
export function generateCandidates(prob: ArrayLike<number>, reg: ArrayLike<number>, rows: number, cols: number, scale: number, threshold: number): Candidate[] {
  const out: Candidate[] = [];
  for (let y = 0; y < rows; y++) {
    for (let x = 0; x < cols; x++) {
      const i = y * cols + x;
      const score = prob[i];
      if (!(score >= threshold)) continue;
      // The reference's MATLAB origin: windows start at stride*index + 1 and end 11 px later.
      const box: Box = [
        Math.floor((PNET_STRIDE * x + 1) / scale),
        Math.floor((PNET_STRIDE * y + 1) / scale),
        Math.floor((PNET_STRIDE * x + PNET_CELL) / scale),
        Math.floor((PNET_STRIDE * y + PNET_CELL) / scale),
      ];
      out.push({ box, score, reg: [reg[4 * i], reg[4 * i + 1], reg[4 * i + 2], reg[4 * i + 3]] });
    }
  }
  return out;
}
