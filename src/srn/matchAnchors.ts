/**
 * Labels anchors against ground-truth faces by IoU, as every anchor-based detector trains:
 * positive if its best IoU ≥ `positive`, negative if < `negative`, ignored in between. Like
 * RetinaNet's reference implementations (Detectron, torchvision's `Matcher(allow_low_quality_matches
 * =True)`), each face's best-overlapping anchors (ties included) are also made positive, so a face
 * that no anchor covers well still gets one; set `bestAnchor: false` to see the thresholds alone.
 * Only anchors near a face are ever compared, so a 175k-anchor image with hundreds of faces is cheap.
 */
import { iou } from "../core/box.js";
import type { Box } from "../core/types.js";
import type { AnchorSet, LevelTiling } from "./anchors.js";

/** Every anchor's best IoU with any face, which face that is, and each face's best anchors. */
export interface AnchorOverlaps {
  /** [n] the anchor's highest IoU with any face (0 when it touches none). */
  iou: Float32Array;
  /** [n] index of that face, or -1. */
  gt: Int32Array;
  /** Per face: the anchors that reach its highest IoU (empty when no anchor overlaps it). */
  best: number[][];
  /** Per face: that highest IoU (0 when no anchor overlaps it). */
  bestIou: number[];
  /** Every anchor with a non-zero IoU, once each: the only ones that can be positive or ignored. */
  touched: number[];
}

export interface MatchThresholds {
  positive: number;
  negative: number;
}

export const POSITIVE = 1;
export const IGNORED = 0;
export const NEGATIVE = -1;

/** Visits the anchors of `level` whose boxes can intersect `box` (a superset; callers test IoU). */
function forNearby(anchors: AnchorSet, level: LevelTiling, box: Box, visit: (index: number, a: Box) => void): void {
  const halfW = Math.max(...level.shapes.map((s) => s[0])) / 2;
  const halfH = Math.max(...level.shapes.map((s) => s[1])) / 2;
  const S = level.stride;
  const c0 = Math.max(0, Math.floor((box[0] - halfW) / S - 0.5));
  const c1 = Math.min(level.cols - 1, Math.ceil((box[2] + halfW) / S - 0.5));
  const r0 = Math.max(0, Math.floor((box[1] - halfH) / S - 0.5));
  const r1 = Math.min(level.rows - 1, Math.ceil((box[3] + halfH) / S - 0.5));
  const k = level.shapes.length;
  const a: Box = [0, 0, 0, 0];
  const b = anchors.boxes;
  for (let r = r0; r <= r1; r++) {
    for (let c = c0; c <= c1; c++) {
      for (let s = 0; s < k; s++) {
        const index = level.offset + (r * level.cols + c) * k + s;
        a[0] = b[4 * index];
        a[1] = b[4 * index + 1];
        a[2] = b[4 * index + 2];
        a[3] = b[4 * index + 3];
        visit(index, a);
      }
    }
  }
}

/** IoU of every anchor with its best face, and every face's best anchors. */
export function anchorOverlaps(anchors: AnchorSet, faces: readonly Box[]): AnchorOverlaps {
  const best: number[][] = faces.map(() => []);
  const out = { iou: new Float32Array(anchors.count), gt: new Int32Array(anchors.count).fill(-1), best, bestIou: faces.map(() => 0), touched: [] as number[] };
  faces.forEach((face, g) => {
    let top = 0;
    for (const level of anchors.levels) {
      forNearby(anchors, level, face, (index, a) => {
        const v = Math.fround(iou(a, face));
        if (v <= 0) return;
        if (out.gt[index] < 0) out.touched.push(index);
        if (v > out.iou[index]) {
          out.iou[index] = v;
          out.gt[index] = g;
        }
        if (v > top) {
          top = v;
          best[g] = [index];
        } else if (v === top) best[g].push(index);
      });
    }
    out.bestIou[g] = top;
  });
  return out;
}

/** Labels (POSITIVE / IGNORED / NEGATIVE per anchor) from the overlaps and one step's thresholds. */
export function labelAnchors(overlaps: AnchorOverlaps, { positive, negative }: MatchThresholds, { bestAnchor = true } = {}): Int8Array {
  if (!(negative <= positive)) throw new RangeError(`labelAnchors: negative threshold ${negative} exceeds positive ${positive}`);
  const { iou: best } = overlaps;
  const labels = new Int8Array(best.length);
  for (let i = 0; i < best.length; i++) labels[i] = best[i] >= positive ? POSITIVE : best[i] < negative ? NEGATIVE : IGNORED;
  if (bestAnchor) for (const anchors of overlaps.best) for (const i of anchors) labels[i] = POSITIVE;
  return labels;
}

/** Positive, ignored and negative anchors on each level. */
export function countLabels(labels: Int8Array, levels: readonly LevelTiling[]): { name: string; positive: number; ignored: number; negative: number }[] {
  return levels.map((l) => {
    let positive = 0,
      ignored = 0;
    const end = l.offset + l.count;
    for (let i = l.offset; i < end; i++) {
      const v = labels[i];
      if (v === POSITIVE) positive++;
      else if (v === IGNORED) ignored++;
    }
    return { name: l.name, positive, ignored, negative: l.count - positive - ignored };
  });
}

/** The level index an anchor belongs to. */
function levelOf(levels: readonly LevelTiling[], index: number): number {
  let k = 0;
  while (k + 1 < levels.length && index >= levels[k + 1].offset) k++;
  return k;
}

/**
 * The same counts as `countLabels(labelAnchors(…))`, visiting only the anchors that touch a face —
 * what makes the statistics over all of WIDER FACE's training set fast.
 */
export function countMatches(
  overlaps: AnchorOverlaps,
  levels: readonly LevelTiling[],
  { positive, negative }: MatchThresholds,
  { bestAnchor = true } = {},
): { name: string; positive: number; ignored: number; negative: number }[] {
  const counts = levels.map((l) => ({ name: l.name, positive: 0, ignored: 0, negative: l.count }));
  const forced = new Set(bestAnchor ? overlaps.best.flat() : []);
  for (const i of overlaps.touched) {
    const v = overlaps.iou[i];
    const label = forced.has(i) || v >= positive ? POSITIVE : v < negative ? NEGATIVE : IGNORED;
    if (label === NEGATIVE) continue;
    const c = counts[levelOf(levels, i)];
    c.negative--;
    if (label === POSITIVE) c.positive++;
    else c.ignored++;
  }
  return counts;
}
