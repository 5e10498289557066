/**
 * `npm run bench:lfw`: images per second of the LFW pipeline (`facelab lfw embed`: MTCNN → main face
 * → dlib chip → 128-D embedding on worker threads) with 1 and with 2 workers, on the first
 * BENCH_LFW_N (200) images of deep-funnelled LFW in sorted order. Each run starts a fresh pool of the
 * same code the CLI runs (bench/lfwPoolRun.ts); its start-up is reported apart from the throughput.
 * Rounds go 1,2 then 2,1 (ABBA, BENCH_LFW_ROUNDS rounds, 2 by default) so drift skews neither.
 * Writes bench/results/lfw-throughput.json.
 */
import os from "node:os";
import path from "node:path";
import { listLfwImages } from "../src/lfw/listImages.js";
import { SHARED } from "../harness/paths.js";
import { timePool, type PoolRun } from "./lfwPoolRun.js";
import { machine, writeResult } from "./results.js";
import { spread } from "./stats.js";

const N = Number(process.env.BENCH_LFW_N ?? 200);
const ROUNDS = Number(process.env.BENCH_LFW_ROUNDS ?? 2);
const BACKEND = (process.env.BENCH_BACKEND ?? "wasm") as "wasm" | "cpu";
const WORKERS = [1, 2] as const;
if (!SHARED) throw new Error("bench: ../shared is missing (set FACELAB_SHARED): LFW is under ../shared/lfw");
const lfw = path.join(SHARED, "lfw/lfw-deepfunneled");
const images = listLfwImages(lfw).slice(0, N);
const jobs = images.map((p) => ({ path: p, file: path.join(lfw, p) }));

const loadBefore = os.loadavg();
const runs: PoolRun[] = [];
for (let r = 0; r < ROUNDS; r++) {
  for (const workers of r % 2 === 0 ? WORKERS : [...WORKERS].reverse()) {
    const run = await timePool(jobs, workers, BACKEND);
    console.error(
      `round ${r + 1}, ${workers} worker(s): ${run.imagesPerSecond.toFixed(2)} img/s (${run.timedImages} images), start-up ${(run.startupMs / 1000).toFixed(1)} s`,
    );
    runs.push(run);
  }
}

const of = (w: number) => runs.filter((r) => r.workers === w);
const stats = Object.fromEntries(
  WORKERS.map((w) => [
    w,
    {
      imagesPerSecond: spread(of(w).map((r) => r.imagesPerSecond)),
      startupMs: spread(of(w).map((r) => r.startupMs)),
    },
  ]),
);
// Each round's own 2-worker / 1-worker ratio, besides the ratio of the medians.
const roundRatios = of(2).map((r, i) => r.imagesPerSecond / of(1)[i].imagesPerSecond);
const speedup = { ofMedians: stats[2].imagesPerSecond.median / stats[1].imagesPerSecond.median, perRound: spread(roundRatios) };

console.log(`LFW pipeline (${BACKEND}), first ${images.length} images, ${ROUNDS} rounds; median img/s (start-up excluded)`);
for (const w of WORKERS)
  console.log(`${w} worker(s): ${stats[w].imagesPerSecond.median.toFixed(2)} img/s, start-up ${(stats[w].startupMs.median / 1000).toFixed(1)} s`);
console.log(`speed-up 2 vs 1: ${speedup.ofMedians.toFixed(2)}× on ${os.availableParallelism()} cores`);
writeResult("lfw-throughput.json", {
  machine: { ...machine(), availableParallelism: os.availableParallelism(), loadAverage: { before: loadBefore, after: os.loadavg() } },
  backend: BACKEND,
  pipeline: "facelab lfw embed: MTCNN (defaults) → main face → dlib chip (align chip, no flip) → dlib ResNet 128-D, one image per job",
  sample: { set: "lfw-deepfunneled", order: "sorted paths (listLfwImages)", images: images.length, first: images[0], last: images.at(-1) },
  definition: "img/s = images answered after the last worker is ready ÷ time from then to the last answer; start-up = pool start → last worker ready",
  rounds: ROUNDS,
  order: "ABBA: 1,2 then 2,1 workers",
  runs,
  byWorkers: stats,
  speedup,
});
