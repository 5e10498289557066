/**
 * `npm run bench:warmup`: what the first detection costs on the MTCNN page (/mtcnn) against the ones
 * after it, per backend, in headless Chromium (WebGL there is software: SwiftShader). Each of
 * BENCH_WARMUP_RUNS (3) runs per backend opens a fresh browser context (empty cache), loads
 * `/mtcnn?backend=<name>` (the default photo, Group photo, and default settings), waits for the first
 * detection, then presses the "Group photo" button BENCH_WARMUP_REPEATS (3) times: the same photo
 * detected again, warm. Durations come from the page's own User Timing (`facelab:trace` measures
 * around each `Mtcnn.trace`, docs/components/mtcnn/traceFaces.ts; the marks of bench/coldLoadVisit.ts),
 * so the polling does not enter them. Reports per backend the first and the warm detections, their
 * ratio, and the times from navigation start (model ready, first detection computed and shown).
 * BENCH_WARMUP_BACKENDS ("webgl,wasm") picks the backends; BENCH_WARMUP_ISOLATE=1 serves the site
 * cross-origin isolated (COOP/COEP, through a loopback proxy), where tfjs's wasm may use threads.
 * Writes bench/results/warm-up.json (BENCH_OUT overrides the path).
 */
import { existsSync } from "node:fs";
import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium, type Page } from "playwright-core";
import { CHROMIUM, DIST } from "../harness/browser.js";
import { serve } from "../harness/serve.js";
import { loadTimes, watchSummary, type LoadTimes } from "./coldLoadVisit.js";
import { machine, writeResult } from "./results.js";
import { spread } from "./stats.js";

const RUNS = Number(process.env.BENCH_WARMUP_RUNS ?? 3);
const REPEATS = Number(process.env.BENCH_WARMUP_REPEATS ?? 3);
const BACKENDS = (process.env.BENCH_WARMUP_BACKENDS ?? "webgl,wasm").split(",");
const ISOLATE = process.env.BENCH_WARMUP_ISOLATE === "1";
const TIMEOUT = 300_000;
if (!existsSync(path.join(DIST, "mtcnn.html"))) throw new Error(`bench: no built site at ${DIST}/mtcnn.html; run npm run build first`);

/** The site, optionally behind a proxy that adds the cross-origin isolation headers. */
async function site(): Promise<{ url: string; close: () => Promise<void> }> {
  const inner = await serve(DIST, undefined, { cacheControl: "max-age=600" });
  if (!ISOLATE) return inner;
  const target = new URL(inner.url);
  const proxy = createServer((req, res) => {
    const forward = request({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, { ...up.headers, "cross-origin-opener-policy": "same-origin", "cross-origin-embedder-policy": "require-corp" });
      up.pipe(res);
    });
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  const { port } = proxy.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${target.pathname}`,
    close: async () => {
      await new Promise((r) => proxy.close(() => r(undefined)));
      await inner.close();
    },
  };
}

/** The page's `facelab:trace` durations so far, in order. */
const traces = (page: Page) => page.evaluate(() => performance.getEntriesByName("facelab:trace").map((e) => e.duration));

interface Run {
  load: LoadTimes;
  /** ms of the first detection's `Mtcnn.trace`. */
  first: number;
  /** ms of each later detection of the same photo. */
  warm: number[];
  crossOriginIsolated: boolean;
  backendShown: string;
}

const server = await site();
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
const errors: string[] = [];

async function run(backend: string): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await watchSummary(context);
    const page = await context.newPage();
    page.on("pageerror", (e) => errors.push(`${backend}: exception: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(`${backend}: console: ${m.text()}`);
    });
    await page.goto(`${server.url}mtcnn?backend=${backend}`, { waitUntil: "commit" });
    const load = await loadTimes(page, TIMEOUT);
    const [first] = await traces(page);
    for (let i = 1; i <= REPEATS; i++) {
      await page.locator(".photo-picker button", { hasText: "Group photo" }).click();
      await page.waitForFunction((n) => performance.getEntriesByName("facelab:trace").length > n, i, { polling: 100, timeout: TIMEOUT });
      // let the page's other figures finish drawing, so the next detection starts from a quiet page
      await page.waitForTimeout(500);
    }
    const warm = (await traces(page)).slice(1);
    return {
      load,
      first,
      warm,
      crossOriginIsolated: await page.evaluate(() => crossOriginIsolated),
      backendShown: load.summary.match(/ on (\w+)/)?.[1] ?? "?",
    };
  } finally {
    await context.close();
  }
}

const results: Record<string, Run[]> = {};
for (let i = 0; i < RUNS; i++) {
  // backends interleaved, so a change in the machine's load weighs on both alike
  for (const backend of BACKENDS) {
    const r = await run(backend);
    (results[backend] ??= []).push(r);
    console.error(
      `${backend} run ${i + 1}: first ${r.first.toFixed(0)} ms, warm ${r.warm.map((w) => w.toFixed(0)).join(" / ")} ms; shown ${(r.load.firstDetection / 1000).toFixed(2)} s after navigation start (on ${r.backendShown})`,
    );
  }
}
const browserVersion = browser.version();
await browser.close();
await server.close();

const summary = Object.fromEntries(
  Object.entries(results).map(([backend, runs]) => {
    const firstMs = spread(runs.map((r) => r.first));
    const warmMs = spread(runs.flatMap((r) => r.warm));
    const ratios = spread(runs.map((r) => r.first / spread(r.warm).median));
    const fromStart = Object.fromEntries(
      (["domContentLoaded", "modelReady", "detectionComputed", "firstDetection"] as const).map((k) => [
        k,
        runs.every((r) => r.load[k] !== null) ? spread(runs.map((r) => r.load[k] as number)) : null,
      ]),
    );
    return [backend, { firstMs, warmMs, firstOverWarm: ratios, fromNavigationStart: fromStart }];
  }),
);
console.log(`MTCNN page, ${RUNS} runs × ${REPEATS} warm repeats${ISOLATE ? ", cross-origin isolated" : ""}; medians`);
for (const [backend, s] of Object.entries(summary)) {
  console.log(
    `${backend.padEnd(6)} first ${s.firstMs.median.toFixed(0)} ms, warm ${s.warmMs.median.toFixed(0)} ms, first/warm ${s.firstOverWarm.median.toFixed(2)}; model ready ${s.fromNavigationStart.modelReady?.median.toFixed(0)} ms, first detection shown ${s.fromNavigationStart.firstDetection?.median.toFixed(0)} ms after navigation start`,
  );
}
writeResult(process.env.BENCH_OUT ?? (ISOLATE ? "warm-up-isolated.json" : "warm-up.json"), {
  machine: { ...machine(), chromium: browserVersion },
  page: "/mtcnn?backend=<backend>, default photo (Group photo) and settings",
  server: `dist/ on loopback${ISOLATE ? ", cross-origin isolated (COOP same-origin, COEP require-corp)" : ""}`,
  definition: {
    first: "ms of the first detection's Mtcnn.trace after a cold load (fresh browser context)",
    warm: `ms of each of ${REPEATS} later detections of the same photo in the same page (the "Group photo" button pressed again)`,
    firstOverWarm: "per run, first ÷ the median of its warm detections",
    fromNavigationStart:
      "ms after navigation start: DOMContentLoaded, facelab:mtcnn-ready (backend, weights and any warm-up done), facelab:detection (first trace done), #detect-summary in the DOM (first detection shown)",
  },
  runs: RUNS,
  summary,
  pageErrors: errors,
  raw: results,
});
