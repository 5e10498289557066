/**
 * Greedy non-maximum suppression, as a one-shot function and as a stepper that pages can drive
 * one iteration at a time. `nms` is the fast loop used by the detector; `nmsStep` is the same greedy
 * rule exposed per iteration (the tests check that both make the same decisions).
 */
import { overlap, type OverlapMode } from "./box.js";
import type { Box } from "./types.js";

/** What one NMS iteration did. Indices refer to the caller's `boxes` array. */
export interface NmsStep {
  /** The highest-scoring box still in play: it is kept. */
  best: number;
  /** Boxes still in play after `best`, in descending score order, with their overlap with `best`. */
  compared: { index: number; overlap: number; suppressed: boolean }[];
  /** Indices kept so far, including `best`. */
  kept: number[];
  /** Indices still in play after this step (the next step starts from these). */
  remaining: number[];
}

/** The state between steps: kept so far, and the rest in descending score order. */
export interface NmsState {
  kept: number[];
  remaining: number[];
}

/** Indices of `scores` sorted by descending score; ties keep their input order (stable). */
export function byScore(scores: ArrayLike<number>): number[] {
  return Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[b] - scores[a] || a - b);
}

/** The starting state for `boxes` with `scores`. */
export function nmsStart(scores: ArrayLike<number>): NmsState {
  return { kept: [], remaining: byScore(scores) };
}

/**
 * One iteration: keep the best remaining box and drop every remaining box whose overlap with it
 * exceeds `threshold`. Returns null when nothing remains.
 */
export function nmsStep(boxes: readonly Box[], state: NmsState, threshold: number, mode: OverlapMode = "union"): NmsStep | null {
  if (state.remaining.length === 0) return null;
  const [best, ...rest] = state.remaining;
  const compared = rest.map((index) => {
    const o = overlap(boxes[best], boxes[index], mode);
    return { index, overlap: o, suppressed: o > threshold };
  });
  return {
    best,
    compared,
    kept: [...state.kept, best],
    remaining: compared.filter((c) => !c.suppressed).map((c) => c.index),
  };
}

/**
 * Greedy NMS: indices of the boxes kept, highest score first. A box is suppressed when its overlap
 * with a higher-scoring kept box is greater than `threshold` (union = IoU, min = over the smaller box).
 * Same decisions as stepping `nmsStep` to the end, without building the per-step records.
 */
export function nms(boxes: readonly Box[], scores: ArrayLike<number>, threshold: number, mode: OverlapMode = "union"): number[] {
  const order = byScore(scores);
  const suppressed = new Uint8Array(boxes.length);
  const kept: number[] = [];
  for (let i = 0; i < order.length; i++) {
    const best = order[i];
    if (suppressed[best]) continue;
    kept.push(best);
    for (let j = i + 1; j < order.length; j++) {
      const other = order[j];
      if (!suppressed[other] && overlap(boxes[best], boxes[other], mode) > threshold) suppressed[other] = 1;
    }
  }
  return kept;
}

/** Every iteration of NMS, in order, for step-through displays. */
export function* nmsSteps(boxes: readonly Box[], scores: ArrayLike<number>, threshold: number, mode: OverlapMode = "union"): Generator<NmsStep> {
  let state: NmsState = nmsStart(scores);
  for (;;) {
    const step = nmsStep(boxes, state, threshold, mode);
    if (!step) return;
    yield step;
    state = step;
  }
}
