// The webcam's readout: the loop's measured rates in words, and each figure in a data attribute for
// the tests and benchmarks.
import type { LoopStats } from "../webcamLoop.js";
import { msg } from "../i18n.js";

/** Writes `s` into `stats` for a `width`×`height` video detected on one frame in `every`. */
export function showLoopStats(stats: HTMLElement, s: LoopStats, { width, height, every }: { width: number; height: number; every: number }): void {
  stats.textContent = msg.webcam.stats(s.fps, width, height, s.detectMs.toFixed(0), s.embedMs.toFixed(0), s.faces, s.frameMs.toFixed(0), every);
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
