/**
 * `npm run bench:cold` (second half, after bench/pageWeights.ts): how long the MTCNN page (/mtcnn) takes, from a cold load in headless
 * Chromium, to show its first detection on the default photo — and a warm reload beside it. Each of
 * BENCH_COLD_RUNS (5) runs opens a fresh browser context (empty cache), loads the page, then reloads
 * it in the same context. The built site (dist/, `npm run build`) is served on loopback with the
 * headers a static host sends (Cache-Control max-age=600 and Last-Modified, as GitHub Pages does), so
 * the reload may use the cache. Times come from the page's own clocks (bench/coldLoadVisit.ts);
 * requests and bytes from the DevTools protocol (bench/networkLog.ts). Writes
 * bench/results/cold-load.json, then fails if any request left the site's origin.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM, DIST } from "../harness/browser.js";
import { serve } from "../harness/serve.js";
import { loadTimes, watchSummary, type LoadTimes } from "./coldLoadVisit.js";
import { networkLog, type NetworkPhase } from "./networkLog.js";
import { machine, writeResult } from "./results.js";
import { spread } from "./stats.js";

const RUNS = Number(process.env.BENCH_COLD_RUNS ?? 5);
const TIMEOUT = 180_000;
const CACHE_CONTROL = "max-age=600";
if (!existsSync(path.join(DIST, "mtcnn.html"))) throw new Error(`bench: no built site at ${DIST}/mtcnn.html; run npm run build first`);

type Load = LoadTimes & { network: NetworkPhase };

const server = await serve(DIST, undefined, { cacheControl: CACHE_CONTROL });
const origin = new URL(server.url).origin;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
const errors: string[] = [];

/** A cold load in a fresh context, then a reload in the same context. */
async function run(): Promise<{ cold: Load; warm: Load }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await watchSummary(context);
    const page = await context.newPage();
    page.on("pageerror", (e) => errors.push(`exception: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(`console: ${m.text()}`);
    });
    const net = await networkLog(context, page, origin);
    await page.goto(`${server.url}mtcnn`, { waitUntil: "commit" });
    const cold = { ...(await loadTimes(page, TIMEOUT)), network: net.current() };
    net.next();
    await page.reload({ waitUntil: "commit" });
    const warm = { ...(await loadTimes(page, TIMEOUT)), network: net.current() };
    return { cold, warm };
  } finally {
    await context.close();
  }
}

const runs: { cold: Load; warm: Load }[] = [];
for (let i = 0; i < RUNS; i++) {
  const r = await run();
  console.error(
    `run ${i + 1}: cold ${(r.cold.firstDetection / 1000).toFixed(2)} s (${r.cold.network.requests} requests), warm ${(r.warm.firstDetection / 1000).toFixed(2)} s (${r.warm.network.fromCache} from cache)`,
  );
  runs.push(r);
}
const browserVersion = browser.version();
await browser.close();
await server.close();

const KEYS = ["domContentLoaded", "firstContentfulPaint", "modelReady", "detectionComputed", "firstDetection"] as const;
/** Median/min/max of each time and of the request counts and bytes, over the runs. */
function summarise(loads: Load[]) {
  const times = Object.fromEntries(KEYS.map((k) => [k, loads.every((l) => l[k] !== null) ? spread(loads.map((l) => l[k] as number)) : null]));
  const network = Object.fromEntries((["requests", "fromCache", "bytes"] as const).map((k) => [k, spread(loads.map((l) => l.network[k]))]));
  // The detection's own stages (the page's timings of the first detection), to tell loading from computing.
  const stageNames = Object.keys(loads[0]?.stages ?? {});
  const stages = Object.fromEntries(stageNames.map((k) => [k, spread(loads.map((l) => l.stages?.[k] ?? Number.NaN))]));
  return { ms: times, network, stages };
}
const cold = summarise(runs.map((r) => r.cold));
const warm = summarise(runs.map((r) => r.warm));
const external = [...new Set(runs.flatMap((r) => [...r.cold.network.external, ...r.warm.network.external]))];

console.log(`MTCNN page, ${RUNS} runs; median ms from navigation start (cold → warm reload)`);
for (const k of KEYS) console.log(`${k.padEnd(20)} ${cold.ms[k]?.median.toFixed(0) ?? "–"} → ${warm.ms[k]?.median.toFixed(0) ?? "–"}`);
console.log(
  `requests ${cold.network.requests.median} (${(cold.network.bytes.median / 2 ** 20).toFixed(1)} MiB) → ${warm.network.requests.median} (${(warm.network.bytes.median / 2 ** 20).toFixed(1)} MiB, ${warm.network.fromCache.median} from cache)`,
);
writeResult("cold-load.json", {
  machine: { ...machine(), chromium: browserVersion },
  page: "/mtcnn, default photo (Group photo), default backend (wasm)",
  server: `dist/ on loopback, Cache-Control ${CACHE_CONTROL} + Last-Modified (304 on revalidation)`,
  definition: {
    cold: "fresh browser context (empty cache), page.goto",
    warm: "page.reload() in the same context right after the cold load",
    times:
      "ms after navigation start: DOMContentLoaded event, first contentful paint, facelab:mtcnn-ready (backend + weights), facelab:detection (first trace done), #detect-summary in the DOM (= first detection)",
    network:
      "requests sent until the first detection is seen (polled every 0.1 s; data:/blob: excluded), of them served from the HTTP cache, bytes transferred (headers + body, encodedDataLength)",
  },
  runs: RUNS,
  summary: runs[0]?.cold.summary,
  ratios: { warmOverColdFirstDetection: warm.ms.firstDetection!.median / cold.ms.firstDetection!.median },
  cold,
  warm,
  externalRequests: external,
  pageErrors: errors,
  raw: runs,
});
if (external.length > 0) throw new Error(`requests left the site's origin: ${external.join(", ")}`);
