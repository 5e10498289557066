// What fixed batch shapes bought, read off the `batching` rows of bench/results/mtcnn-browser.json:
// facelab raced against itself in Chromium, R-Net/O-Net batches cut into power-of-two chunks
// (`batching: "chunked"`, src/mtcnn/accelerators/batchPlan.ts) against one whole batch of every box
// (`batching: "whole"`), same photos, interleaved rounds after a warm-up each. Pure.
import type { Bar } from "./barChart.js";
import { ms, raceName } from "./benchFigures.js";
import { msg } from "../i18n.js";

/** One backend's ablation; `unavailable` when the benchmark could not start that backend. */
export interface BatchingResult {
  backend: string;
  set: string;
  chunkedMs: number;
  wholeMs: number;
  /** chunkedMs ÷ wholeMs: below 1, chunking saved time. */
  ratio: number;
  agreement: { matched: number; facelabFaces: number; faceApiFaces: number; f1: number };
  unavailable?: unknown;
}

export const CHUNKED = msg.performance.seriesChunked;
export const WHOLE = msg.performance.seriesWhole;
export const BATCHING_COLOURS = { [CHUNKED]: "#4269d0", [WHOLE]: "#9498a0" };

/** The rows that ran (those with timings). */
export const batchingDone = <T extends BatchingResult>(rows: readonly T[]): T[] =>
  rows.filter((r) => !r.unavailable && Number.isFinite(r.chunkedMs) && Number.isFinite(r.wholeMs));

/** Median ms per photo, chunked and whole, per backend and photo set. */
export const batchingBars = (rows: readonly BatchingResult[]): Bar[] =>
  rows.flatMap((r) => [
    { group: raceName(r), series: CHUNKED, value: r.chunkedMs, label: ms(r.chunkedMs) },
    { group: raceName(r), series: WHOLE, value: r.wholeMs, label: ms(r.wholeMs) },
  ]);
