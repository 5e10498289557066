/**
 * SRN's anchors tiled over an image: at every cell of every pyramid level, one anchor per scale,
 * centred on the cell centre ((i + ½)·S), with area (scale·S)² and height / width = ratio.
 * Anchors are stored flat in a Float32Array ([n, 4] as x1 y1 x2 y2) with the level offsets, since a
 * 1024 × 1024 input already has 174,720 of them (87,360 cells × 2).
 */
import { SRN, SRN_LEVELS, type SrnLevel } from "./srnConfig.js";

/** One level's tiling: its feature-map size and where its anchors sit in the flat array. */
export interface LevelTiling extends SrnLevel {
  /** Feature-map columns and rows: ⌈W / S⌉ × ⌈H / S⌉ (a stride-2 conv with padding 1 rounds up). */
  cols: number;
  rows: number;
  /** Index of the level's first anchor in `AnchorSet.boxes` (in anchors, not floats). */
  offset: number;
  /** cols × rows × anchors per cell. */
  count: number;
  /** [width, height] of each anchor shape on this level, in input pixels. */
  shapes: [number, number][];
}

export interface AnchorSet {
  width: number;
  height: number;
  /** [n, 4] x1 y1 x2 y2, level by level, row-major cells, scales innermost. */
  boxes: Float32Array;
  levels: LevelTiling[];
  count: number;
}

/** Width and height of an anchor of side `size` (√area) and aspect `ratio` = height / width. */
export function anchorShape(size: number, ratio: number): [number, number] {
  return [size / Math.sqrt(ratio), size * Math.sqrt(ratio)];
}

/** Feature-map size of a level for an input of width × height. */
export function featureMapSize(width: number, height: number, stride: number): [number, number] {
  return [Math.ceil(width / stride), Math.ceil(height / stride)];
}

/** The level layout (sizes, offsets, shapes) without the boxes. */
export function tileLevels(width: number, height: number, levels: readonly SrnLevel[] = SRN_LEVELS): LevelTiling[] {
  if (!(width > 0 && height > 0)) throw new RangeError(`anchors: image size must be positive, got ${width}×${height}`);
  let offset = 0;
  return levels.map((level) => {
    const [cols, rows] = featureMapSize(width, height, level.stride);
    const shapes = SRN.anchorScales.map((s) => anchorShape(s * level.stride, SRN.anchorRatio));
    const tiling = { ...level, cols, rows, offset, count: cols * rows * shapes.length, shapes };
    offset += tiling.count;
    return tiling;
  });
}

/** All anchors for an input of width × height. */
export function tileAnchors(width: number, height: number, levels: readonly SrnLevel[] = SRN_LEVELS): AnchorSet {
  const tiling = tileLevels(width, height, levels);
  const count = tiling.reduce((n, l) => n + l.count, 0);
  const boxes = new Float32Array(count * 4);
  for (const l of tiling) {
    let i = l.offset * 4;
    for (let r = 0; r < l.rows; r++) {
      const cy = (r + 0.5) * l.stride;
      for (let c = 0; c < l.cols; c++) {
        const cx = (c + 0.5) * l.stride;
        for (const [w, h] of l.shapes) {
          boxes[i++] = cx - w / 2;
          boxes[i++] = cy - h / 2;
          boxes[i++] = cx + w / 2;
          boxes[i++] = cy + h / 2;
        }
      }
    }
  }
  return { width, height, boxes, levels: tiling, count };
}

/** Anchor counts per level name, and the share of the total on each. */
export function anchorShares(levels: LevelTiling[]): { name: string; count: number; share: number }[] {
  const total = levels.reduce((n, l) => n + l.count, 0);
  return levels.map((l) => ({ name: l.name, count: l.count, share: l.count / total }));
}
