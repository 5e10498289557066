/**
 * Box tracking between detections, for real-time video: the detector runs every k-th frame and the
 * frames in between reuse its boxes, moved at each track's velocity. A detection is matched to the
 * track it overlaps most (greedy by IoU, as SORT's association without the Kalman filter); an
 * unmatched detection starts a track, a track unmatched for `maxMisses` detections ends. Tracks
 * carry the caller's data (a name), so a face keeps its label while it moves. Pure: never mutates.
 */
import { iou } from "../core/box.js";
import type { Box } from "../core/types.js";

export interface Track<T> {
  id: number;
  /** Box at the last detection, [x1, y1, x2, y2]. */
  box: Box;
  /** Per-frame change of each box coordinate (smoothed). */
  velocity: Box;
  /** Frame number of the last detection. */
  frame: number;
  /** Detections in a row the track was not matched in. */
  misses: number;
  data: T;
}

export interface TrackerState<T> {
  tracks: Track<T>[];
  nextId: number;
}

export interface TrackerOptions {
  /** A detection continues a track when their IoU is at least this. Default 0.3 (SORT's). */
  minIou?: number;
  /** Detections a track may go unmatched before it ends. Default 1. */
  maxMisses?: number;
  /** Weight of the newest velocity in the running average, in (0, 1]. Default 0.5. */
  smoothing?: number;
}

const DEFAULT_TRACKER: Required<TrackerOptions> = { minIou: 0.3, maxMisses: 1, smoothing: 0.5 };

/** No tracks yet. */
export function emptyTracker<T>(): TrackerState<T> {
  return { tracks: [], nextId: 1 };
}

/** Greedy matching by IoU: pairs [box index, detection index], best overlap first, each used once. */
export function associate(boxes: readonly Box[], detections: readonly Box[], minIou: number): [number, number][] {
  const candidates: [number, number, number][] = [];
  boxes.forEach((b, i) =>
    detections.forEach((d, j) => {
      const o = iou(b, d);
      if (o >= minIou) candidates.push([o, i, j]);
    }),
  );
  candidates.sort((a, b) => b[0] - a[0]);
  const usedBox = new Set<number>();
  const usedDet = new Set<number>();
  const pairs: [number, number][] = [];
  for (const [, i, j] of candidates) {
    if (usedBox.has(i) || usedDet.has(j)) continue;
    usedBox.add(i);
    usedDet.add(j);
    pairs.push([i, j]);
  }
  return pairs;
}

/** Where each track's box is predicted at `frame` (constant velocity since its last detection). */
export function predictTracks<T>(state: TrackerState<T>, frame: number): Track<T>[] {
  return state.tracks.map((t) => ({ ...t, box: t.box.map((v, k) => v + t.velocity[k] * (frame - t.frame)) as Box }));
}

/**
 * The state after the detections of `frame`; `data(detection index, previous data or undefined)`
 * gives each matched or new track its data.
 */
export function updateTracks<T>(
  state: TrackerState<T>,
  detections: readonly Box[],
  frame: number,
  data: (index: number, previous: T | undefined) => T,
  options: TrackerOptions = {},
): TrackerState<T> {
  const { minIou, maxMisses, smoothing } = { ...DEFAULT_TRACKER, ...options };
  const predicted = predictTracks(state, frame);
  const pairs = associate(
    predicted.map((t) => t.box),
    detections,
    minIou,
  );
  const matchOf = new Map(pairs.map(([i, j]) => [j, i]));
  const matched = new Set(pairs.map(([i]) => i));
  let nextId = state.nextId;
  const tracks = detections.map((box, j): Track<T> => {
    const i = matchOf.get(j);
    if (i === undefined) return { id: nextId++, box, velocity: [0, 0, 0, 0], frame, misses: 0, data: data(j, undefined) };
    const old = state.tracks[i];
    const dt = Math.max(1, frame - old.frame);
    const velocity = old.velocity.map((v, k) => (1 - smoothing) * v + (smoothing * (box[k] - old.box[k])) / dt) as Box;
    return { id: old.id, box, velocity, frame, misses: 0, data: data(j, old.data) };
  });
  const kept = state.tracks.filter((t, i) => !matched.has(i) && t.misses < maxMisses).map((t) => ({ ...t, misses: t.misses + 1 }));
  return { tracks: [...tracks, ...kept], nextId };
}
