/**
 * A pool of pipeline workers: each gets the next job as soon as it answers the previous one, so both
 * cores stay busy however uneven the images are. Stops handing out jobs when `shouldStop()` says so.
 * `onReady` hears each worker finish loading its models (bench/lfwThroughput.ts times start-up apart).
 */
import { Worker } from "node:worker_threads";
import type { Job, PoolWorkerData, WorkerReply } from "./worker.js";

/**
 * A worker running `worker.ts` next to this file. Compiled (`lib/`), the `.js` file runs as is; from
 * source under tsx, the worker first registers tsx's loader (Node 20 workers ignore `--import`).
 */
function startWorker(workerData: unknown): Worker {
  if (!import.meta.url.endsWith(".ts")) return new Worker(new URL("./worker.js", import.meta.url), { workerData });
  const url = JSON.stringify(new URL("./worker.ts", import.meta.url).href);
  const boot = `import("tsx/esm/api").then(({ register }) => { register(); return import(${url}); })`;
  return new Worker(boot, { eval: true, workerData });
}

export async function runPool(
  jobs: Job[],
  workers: number,
  workerData: PoolWorkerData,
  onReply: (r: Exclude<WorkerReply, { type: "ready" }>) => void,
  shouldStop: () => boolean,
  onReady: () => void = () => {},
): Promise<void> {
  let next = 0;
  const one = () =>
    new Promise<void>((resolve, reject) => {
      const w = startWorker(workerData);
      const feed = () => {
        if (next >= jobs.length || shouldStop()) return void w.terminate().then(() => resolve());
        w.postMessage(jobs[next++]);
      };
      w.on("message", (m: WorkerReply) => {
        if (m.type === "ready") onReady();
        else onReply(m);
        feed();
      });
      w.on("error", reject);
    });
  await Promise.all(Array.from({ length: Math.max(1, Math.min(workers, jobs.length)) }, one));
}
