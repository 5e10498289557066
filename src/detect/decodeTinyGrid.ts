/**
 * Tiny Face Detector's YOLOv2 decoding, on numbers: each grid cell predicts five boxes relative to
 * five anchor shapes (face-api.js `tinyFaceDetector/const.ts`), as in Redmon & Farhadi, *YOLO9000*
 * (2017), §2 "Direct location prediction": centre = (cell + σ(t)) / cells, size = anchor · e^t / cells,
 * score = σ(t_o). Boxes come out in the unit square of the network's input.
 */
import type { Box } from "../core/types.js";

/** The five anchor shapes `[width, height]`, in grid cells (face-api.js `BOX_ANCHORS`). */
export const TINY_ANCHORS: readonly (readonly [number, number])[] = [
  [1.603231, 2.094468],
  [6.041143, 7.080126],
  [2.882459, 3.518061],
  [4.266906, 5.178857],
  [9.041765, 10.66308],
];

const sigmoid = (v: number) => 1 / (1 + Math.exp(-v));

/** A candidate box in the unit square and its score. */
export interface GridBox {
  box: Box;
  score: number;
}

/**
 * Boxes of a `cells × cells × (5·5)` grid (row-major, per anchor `[tx, ty, tw, th, to]`) whose score
 * is above `threshold`, in the unit square of the input.
 */
export function decodeTinyGrid(grid: ArrayLike<number>, cells: number, threshold: number): GridBox[] {
  const out: GridBox[] = [];
  const k = TINY_ANCHORS.length;
  for (let row = 0; row < cells; row++) {
    for (let col = 0; col < cells; col++) {
      for (let a = 0; a < k; a++) {
        const o = ((row * cells + col) * k + a) * 5;
        const score = sigmoid(grid[o + 4]);
        if (!(score > threshold)) continue;
        const cx = (col + sigmoid(grid[o])) / cells;
        const cy = (row + sigmoid(grid[o + 1])) / cells;
        const w = (Math.exp(grid[o + 2]) * TINY_ANCHORS[a][0]) / cells;
        const h = (Math.exp(grid[o + 3]) * TINY_ANCHORS[a][1]) / cells;
        out.push({ box: [cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2], score });
      }
    }
  }
  return out;
}
