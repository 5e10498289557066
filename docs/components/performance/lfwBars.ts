// LFW throughput, read off bench/results/lfw-throughput.json (bench/lfwThroughput.ts): images per
// second of the `facelab lfw embed` pipeline with 1 and 2 worker threads, start-up timed apart. Pure.
import type { Bar } from "./barChart.js";
import { msg } from "../i18n.js";

interface Spread {
  median: number;
  min: number;
  max: number;
}
export interface LfwThroughput {
  backend: string;
  sample: { images: number };
  rounds: number;
  machine: { availableParallelism?: number };
  /** By worker count ("1", "2"): img/s after the last worker is ready, and the start-up in ms. */
  byWorkers: Record<string, { imagesPerSecond: Spread; startupMs: Spread }>;
  /** 2-worker img/s over 1-worker img/s: of the medians, and each round's own. */
  speedup: { ofMedians: number; perRound: Spread };
}

export const perSecond = (x: number) => msg.performance.perSecond(x.toFixed(2));
const workers = (w: string) => msg.performance.workers(w);

/** Median images per second per worker count. */
export const lfwRateBars = (r: LfwThroughput): Bar[] =>
  Object.entries(r.byWorkers).map(([w, s]) => ({
    group: workers(w),
    series: r.backend,
    value: s.imagesPerSecond.median,
    label: perSecond(s.imagesPerSecond.median),
  }));

/** Median start-up (pool start to the last worker ready), in seconds, per worker count. */
export const lfwStartupBars = (r: LfwThroughput): Bar[] =>
  Object.entries(r.byWorkers).map(([w, s]) => ({
    group: workers(w),
    series: r.backend,
    value: s.startupMs.median / 1000,
    label: `${(s.startupMs.median / 1000).toFixed(1)} s`,
  }));
