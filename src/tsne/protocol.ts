/**
 * Messages between a page and the t-SNE worker (src/tsne/worker.ts). The page sends the data once,
 * then play / pause / step / live settings; the worker answers with progress while it builds P and
 * with the layout (a Float32Array, transferred) at most every frame or so while it runs.
 */
import type { TsneLiveOptions } from "./tsneState.js";
import type { TsneOptions } from "./options.js";

export type TsneRequest =
  /** Rows of `x` (n × d) to map; replaces any previous run. */
  | { type: "init"; x: Float32Array; n: number; d: number; options: Partial<TsneOptions> }
  | { type: "play" }
  | { type: "pause" }
  /** Runs `count` iterations, then reports and pauses. */
  | { type: "step"; count: number }
  /** Runs until `iteration`, reporting as it goes, then pauses (lessons, 3-D view, benchmark). */
  | { type: "runTo"; iteration: number }
  | { type: "set"; options: Partial<TsneLiveOptions> };

export type TsneReply =
  | { type: "progress"; done: number; total: number }
  | {
      type: "layout";
      y: Float32Array;
      dims: number;
      iteration: number;
      running: boolean;
      /** Iterations per second over the last batch (time spent stepping only). */
      rate: number;
      /** KL(P‖Q), sent when paused (an extra O(n²) pass). */
      kl?: number;
    }
  | { type: "error"; message: string };
