// What facelab's own WebGL programs bought, read off the `glKernels` rows of
// bench/results/mtcnn-browser.json: facelab raced against itself on the webgl backend, its programs
// for MTCNN's k×k convs and max pools (src/mtcnn/accelerators/glConv.ts, glConvPool.ts, glPool.ts) against tfjs's own kernels
// (`FACELAB_GL_KERNELS` off), same photos, interleaved rounds after a warm-up each. Pure.
import type { Bar } from "./barChart.js";
import { ms, raceName } from "./benchFigures.js";
import { msg } from "../i18n.js";

/** One run of the ablation; `unavailable` when the benchmark could not start WebGL. */
export interface GlKernelsResult {
  backend: string;
  set: string;
  programsMs: number;
  tfjsMs: number;
  /** programsMs ÷ tfjsMs: below 1, facelab's programs saved time. */
  ratio: number;
  agreement: { matched: number; facelabFaces: number; faceApiFaces: number; f1: number };
  /** Each side's runs (first photo, warm-up, timed rounds), as the race records them. */
  programs?: { firstMs: number };
  tfjs?: { firstMs: number };
  unavailable?: unknown;
}

export const PROGRAMS = msg.performance.seriesPrograms;
export const TFJS_KERNELS = msg.performance.seriesTfjsKernels;
export const GL_KERNEL_COLOURS = { [PROGRAMS]: "#4269d0", [TFJS_KERNELS]: "#9498a0" };

/** The rows that ran (those with timings). */
export const glKernelsDone = <T extends GlKernelsResult>(rows: readonly T[]): T[] =>
  rows.filter((r) => !r.unavailable && Number.isFinite(r.programsMs) && Number.isFinite(r.tfjsMs));

/** Median ms per photo with facelab's programs and with tfjs's kernels. */
export const glKernelBars = (rows: readonly GlKernelsResult[]): Bar[] =>
  rows.flatMap((r) => [
    { group: raceName(r), series: PROGRAMS, value: r.programsMs, label: ms(r.programsMs) },
    { group: raceName(r), series: TFJS_KERNELS, value: r.tfjsMs, label: ms(r.tfjsMs) },
  ]);
