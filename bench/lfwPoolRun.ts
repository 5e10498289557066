/**
 * One timed run of the LFW pipeline's worker pool (src/lfw/runPool.ts, as `facelab lfw embed` runs it):
 * start-up — until the last worker has loaded its models — is timed apart from the throughput.
 */
import type { Job } from "../src/lfw/worker.js";
import { runPool } from "../src/lfw/runPool.js";

export interface PoolRun {
  workers: number;
  /** From starting the pool to the last worker's "ready" (thread start, backend, MTCNN + embedder weights). */
  startupMs: number;
  /** Images answered after that moment, and the time from it to the last answer. */
  timedImages: number;
  timedMs: number;
  /** `timedImages / timedMs`, in images per second. */
  imagesPerSecond: number;
  /** From starting the pool to its end (start-up and worker shutdown included), for reference. */
  wallMs: number;
  /** Images where MTCNN found no face (embedded from the centre crop) and images that failed. */
  fallback: number;
  failed: number;
}

/**
 * Runs `jobs` on a fresh pool of `workers`. An image already in flight on an early worker when the
 * last one becomes ready counts whole: at most `workers − 1` images of bias, none with one worker.
 */
export async function timePool(jobs: Job[], workers: number, backend: "wasm" | "cpu"): Promise<PoolRun> {
  const t0 = performance.now();
  const ready: number[] = [];
  const answered: number[] = [];
  let fallback = 0;
  let failed = 0;
  const options = { align: "chip" as const, flip: false, thumbSize: 32 }; // the CLI's defaults
  await runPool(
    jobs,
    workers,
    { options, backend },
    (r) => {
      answered.push(performance.now());
      if (r.type === "failed") failed++;
      else if (r.row.source === "center-crop") fallback++;
    },
    () => false,
    () => ready.push(performance.now()),
  );
  const wallMs = performance.now() - t0;
  const allReady = Math.max(...ready);
  const timedImages = answered.filter((t) => t > allReady).length;
  const timedMs = Math.max(...answered) - allReady;
  return { workers, startupMs: allReady - t0, timedImages, timedMs, imagesPerSecond: timedImages / (timedMs / 1000), wallMs, fallback, failed };
}
