/**
 * `npm run bench:tsne`: exact t-SNE iterations per second for 1,000 and 3,000 LFW faces in headless
 * Chromium, inside the site's own t-SNE Web Worker (the built dist/, served locally), each against the
 * same TsneState in this Node process as the peer. Wall time from posting `runTo` to the layout that
 * reaches it, so it includes the worker's reporting (one layout message per ~30 ms batch).
 * Needs `npm run build`. Writes bench/results/tsne.json.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { unitRows } from "../src/math/vector.js";
import { TsneState } from "../src/tsne/tsneState.js";
import { serve } from "../harness/serve.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DIST = path.join(ROOT, "dist");
const SIZES = [
  { n: 1000, iterations: 100 },
  { n: 3000, iterations: 20 },
];
const WARMUP = 5;

/** The hashed name Framework gave a file under dist/_file/<dir>. */
const built = (dir: string, prefix: string) => {
  const name = readdirSync(path.join(DIST, "_file", dir)).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no ${prefix}* in dist/_file/${dir}: run npm run build`);
  return `_file/${dir}/${name}`;
};

/** First `n` LFW embeddings (LFW order), unit length. */
function faces(n: number): Float32Array {
  const b = readFileSync(path.join(ROOT, "data/lfw/embeddings.f32"));
  const all = new Float32Array(b.buffer, b.byteOffset, b.byteLength / 4);
  return unitRows(all.subarray(0, n * 128), 128);
}

/**
 * In-page code as a string: tsx would otherwise rewrite its inner functions with a `__name` helper
 * that does not exist in the page.
 */
const IN_PAGE = `async ({ workerUrl, x, n, iterations, warmup }) => {
  const worker = new Worker(workerUrl, { type: "module" });
  function until(test) {
    return new Promise((resolve, reject) => {
      worker.onmessage = ({ data }) => { if (data.type === "error") reject(new Error(data.message)); else if (data.type === "layout" && test(data)) resolve(); };
    });
  }
  const ready = until((m) => m.iteration === 0);
  worker.postMessage({ type: "init", x: Float32Array.from(x), n, d: 128, options: {} });
  await ready;
  let done = until((m) => m.iteration >= warmup && !m.running);
  worker.postMessage({ type: "runTo", iteration: warmup });
  await done;
  done = until((m) => m.iteration >= warmup + iterations && !m.running);
  const t0 = performance.now();
  worker.postMessage({ type: "runTo", iteration: warmup + iterations });
  await done;
  const seconds = (performance.now() - t0) / 1000;
  worker.terminate();
  return iterations / seconds;
}`;

/** Iterations per second in the worker, in the page. */
async function inChromium(page: import("playwright-core").Page, workerUrl: string, x: Float32Array, n: number, iterations: number): Promise<number> {
  const run = await page.evaluateHandle(`(${IN_PAGE})`);
  return await run.evaluate((f, args) => (f as unknown as (a: typeof args) => Promise<number>)(args), {
    workerUrl,
    x: Array.from(x),
    n,
    iterations,
    warmup: WARMUP,
  });
}

function inNode(x: Float32Array, n: number, iterations: number): number {
  const s = TsneState.fromData(x, n, 128);
  for (let i = 0; i < WARMUP; i++) s.step();
  const t0 = performance.now();
  for (let i = 0; i < iterations; i++) s.step();
  return iterations / ((performance.now() - t0) / 1000);
}

const site = await serve(DIST);
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
const chromiumVersion = browser.version();
const page = await browser.newPage();
await page.goto(site.url);
const workerUrl = site.url + built("_workers", "tsne.");
const rows = [];
for (const { n, iterations } of SIZES) {
  const x = faces(n);
  const chromiumRate = await inChromium(page, workerUrl, x, n, iterations);
  const nodeRate = inNode(x, n, iterations);
  rows.push({
    points: n,
    iterations,
    chromiumWorkerItersPerSecond: +chromiumRate.toFixed(2),
    nodeItersPerSecond: +nodeRate.toFixed(2),
    ratioChromiumToNode: +(chromiumRate / nodeRate).toFixed(3),
  });
  console.log(
    `${n} points: ${chromiumRate.toFixed(2)} it/s in the Chromium worker, ${nodeRate.toFixed(2)} it/s in Node (ratio ${(chromiumRate / nodeRate).toFixed(2)})`,
  );
}
await browser.close();
await site.close();
const out = path.join(ROOT, "bench/results/tsne.json");
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(
  out,
  JSON.stringify(
    {
      what: "exact t-SNE (all-pairs P and repulsion), 2-D, first n LFW faces, default options",
      chromium: chromiumVersion,
      node: process.version,
      cpus: (await import("node:os")).cpus().length,
      date: new Date().toISOString(),
      rows,
    },
    null,
    2,
  ) + "\n",
);
console.log(`wrote ${path.relative(ROOT, out)}`);
