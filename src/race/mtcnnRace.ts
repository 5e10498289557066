/**
 * Two face detectors raced on the same images in one page: a warm-up round each (timed and kept
 * apart), then rounds interleaved A B, B A, … so drifts in machine load hit both alike; ms per image
 * for every run, and the boxes of the last round for the agreement count. Used by the Performance
 * page's live race and by `npm run bench` (bench/mtcnnBrowser.ts) in headless Chromium.
 */
import type { Box } from "../core/types.js";
import { median } from "../math/statistics.js";

/** An image as both contenders get it: straight RGBA, row-major. */
export interface RaceImage {
  name: string;
  width: number;
  height: number;
  rgba: Uint8ClampedArray;
}

/** One detector in the race: `prepare` makes its input from an image (untimed), `detect` is timed. */
export interface Contender<I = unknown> {
  name: string;
  prepare(image: RaceImage): I;
  detect(input: I): Promise<Box[]>;
}

/** Timings (ms per image) and boxes of one contender. */
export interface ContenderRuns {
  name: string;
  /** The very first detection (weights to backend, kernel compiles, …). */
  firstMs: number;
  /** The rest of the warm-up round, one per image after the first. */
  warmupMs: number[];
  /** `runs[round][image]` after warm-up. */
  runs: number[][];
  /** Boxes found in each image in the last round. */
  boxes: Box[][];
}

/** Progress: `done` of `total` detections. */
export type RaceProgress = (done: number, total: number) => void;

async function timed(c: Contender, input: unknown): Promise<{ ms: number; boxes: Box[] }> {
  const t0 = performance.now();
  const boxes = await c.detect(input);
  return { ms: performance.now() - t0, boxes };
}

/** Lets the page paint (progress bars) between detections. */
const frame = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Races `a` and `b` on `images`: one warm-up round each, then `rounds` interleaved rounds. */
export async function race(
  a: Contender,
  b: Contender,
  images: readonly RaceImage[],
  rounds: number,
  progress: RaceProgress = () => {},
): Promise<[ContenderRuns, ContenderRuns]> {
  const inputs = [a, b].map((c) => images.map((image) => c.prepare(image)));
  const fresh = (c: Contender): ContenderRuns => ({ name: c.name, firstMs: 0, warmupMs: [], runs: [], boxes: [] });
  const out: [ContenderRuns, ContenderRuns] = [fresh(a), fresh(b)];
  const total = 2 * images.length * (rounds + 1);
  let done = 0;
  for (const k of [0, 1]) {
    for (let i = 0; i < images.length; i++) {
      const { ms } = await timed([a, b][k], inputs[k][i]);
      if (i === 0) out[k].firstMs = ms;
      else out[k].warmupMs.push(ms);
      progress(++done, total);
      await frame();
    }
  }
  for (let r = 0; r < rounds; r++) {
    out.forEach((o) => o.runs.push([]));
    for (let i = 0; i < images.length; i++) {
      for (const k of r % 2 === 0 ? [0, 1] : [1, 0]) {
        const { ms, boxes } = await timed([a, b][k], inputs[k][i]);
        out[k].runs[r].push(ms);
        if (r === rounds - 1) out[k].boxes[i] = boxes;
        progress(++done, total);
        await frame();
      }
    }
  }
  return out;
}

/** Each image's median over the rounds. */
export function perImageMedians(runs: readonly number[][]): number[] {
  return runs[0]?.map((_, i) => median(runs.map((round) => round[i]))) ?? [];
}
