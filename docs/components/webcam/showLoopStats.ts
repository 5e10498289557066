// The webcam's readout: the loop's measured rates in words, and each figure in a data attribute for
// the tests and benchmarks.
import type { LoopStats } from "../webcamLoop.js";

/** Writes `s` into `stats` for a `width`×`height` video detected on one frame in `every`. */
export function showLoopStats(stats: HTMLElement, s: LoopStats, { width, height, every }: { width: number; height: number; every: number }): void {
  stats.textContent = `${s.fps} FPS at ${width}×${height} · detect ${s.detectMs.toFixed(0)} ms · embed ${s.embedMs.toFixed(0)} ms (${s.faces} face${s.faces === 1 ? "" : "s"}) · ${s.frameMs.toFixed(0)} ms per frame on average · detection on 1 frame in ${every}`;
  Object.assign(stats.dataset, {
    fps: String(s.fps),
    detectMs: s.detectMs.toFixed(1),
    embedMs: s.embedMs.toFixed(1),
    frameMs: s.frameMs.toFixed(1),
    faces: String(s.faces),
    detections: String(s.detections),
    tensors: String(s.tensors),
  });
}
