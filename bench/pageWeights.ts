/**
 * `npm run bench:cold` (first half): what every page of the course costs a visitor — for each page of the built
 * site (dist/), a cold load in a fresh browser context and a warm reload: the requests, the bytes on
 * the wire, the same files' sizes uncompressed and as a static host would serve them compressed (gzip
 * level 6, brotli quality 11 — the files are served uncompressed here, so these are computed from the
 * files each load fetched), and the time from navigation start to the page's first meaningful figure
 * (`isReady`: the first detection on /mtcnn, the verdict on /compare, the first t-SNE frame on /clusters…).
 * Bytes are counted twice: up to that figure, and once the page is idle (everything it loads without
 * the reader doing anything). Served with the headers a static host sends (max-age=600 and
 * Last-Modified). Writes bench/results/page-weights.json; fails if a request left the origin.
 *
 * BENCH_PAGES_RUNS (3) loads per page; BENCH_PAGES_EDITION "en" (default) or "zh"; BENCH_PAGES_ONLY a
 * comma-separated list of routes to measure (e.g. "mtcnn,facenet"; "" for the home page), all by default.
 * Each page's result lists its largest files up to the first figure, to show where the bytes go.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { CHROMIUM, DIST } from "../harness/browser.js";
import { serve } from "../harness/serve.js";
import { markPaintWhen } from "./coldLoadVisit.js";
import { COURSE_PAGES } from "../docs/components/coursePages.js";
import { machine, writeResult } from "./results.js";
import { spread } from "./stats.js";

const RUNS = Number(process.env.BENCH_PAGES_RUNS ?? 3);
const EDITION = process.env.BENCH_PAGES_EDITION === "zh" ? "zh/" : "";
const ONLY = process.env.BENCH_PAGES_ONLY?.split(",").map((p) => p.trim());
const TIMEOUT = 180_000;
/** Files at least this big (uncompressed) are listed by name in a page's result. */
const LARGE_FILE = Number(process.env.BENCH_PAGES_LIST_FROM ?? 40 * 1024);
if (!existsSync(path.join(DIST, "mtcnn.html"))) throw new Error(`bench: no built site at ${DIST}; run npm run build first`);

/**
 * Whether `page` (a route without its edition) shows its first meaningful figure, evaluated in the
 * page (a function, not a string: the pages' CSP forbids eval; no named locals: tsx would wrap them in a
 * helper the page does not have). Pages not named count from their first rendered cell output.
 */
const isReady = (page: string): boolean => {
  switch (page) {
    case "":
      return document.querySelector(".course-steps") !== null;
    case "mtcnn":
      return document.querySelector("#detect-summary[data-boxes]") !== null;
    case "facenet":
      return /\d/.test(document.querySelector("#batch-summary")?.textContent ?? "");
    case "compare":
      return /\d\.\d/.test(document.querySelector("#verdict")?.textContent ?? "");
    case "lfw":
      return /%/.test(document.querySelector("#lfw-accuracy")?.textContent ?? "");
    case "clusters":
      return Number(document.querySelector(".tsne-live .tsne-iteration")?.textContent ?? "") >= 1;
    case "database":
      return /\d/.test(document.querySelector("#db-summary")?.textContent ?? "");
    case "from-facenet":
      return document.querySelector("#observablehq-main table tbody tr") !== null;
    case "srn":
      return document.querySelector("#observablehq-main .observablehq--block svg") !== null;
    case "performance":
      return document.querySelector(".bar-chart svg") !== null;
    case "glossary":
      return document.querySelector("table.glossary-table tbody tr") !== null;
    default:
      return document.querySelector("#observablehq-main .observablehq--block *") !== null;
  }
};

/** What each page's first meaningful figure is, for the results file. */
const FIGURE: Record<string, string> = {
  "": "the course map",
  mtcnn: "first detection (#detect-summary with its boxes)",
  facenet: "the live mini-batch embedded (#batch-summary)",
  compare: "the verdict with its distance (#verdict)",
  lfw: "the accuracy card (#lfw-accuracy)",
  clusters: "the first t-SNE frame",
  database: "the database summary (#db-summary)",
  "from-facenet": "the first table",
  srn: "the first chart",
  performance: "the first bar chart",
  glossary: "the first glossary row",
  webcam: "the first cell output (no camera in the benchmark)",
};

interface Request {
  url: string;
  wire: number;
  cached: boolean;
  /** When the browser sent it, ms since the epoch (the protocol's `wallTime`). */
  sent: number;
}

/** Every request of `page` through the DevTools protocol (data:, blob:, about: are not requests). */
async function requestLog(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  const byId = new Map<string, Request>();
  cdp.on("Network.requestWillBeSent", (e) => {
    if (!/^(data|blob|about):/.test(e.request.url) && !byId.has(e.requestId))
      byId.set(e.requestId, { url: e.request.url, wire: 0, cached: false, sent: e.wallTime * 1000 });
  });
  cdp.on("Network.requestServedFromCache", (e) => {
    const r = byId.get(e.requestId);
    if (r) r.cached = true;
  });
  cdp.on("Network.responseReceived", (e) => {
    const r = byId.get(e.requestId);
    if (r && (e.response.fromDiskCache || e.response.fromPrefetchCache || e.response.status === 304)) r.cached = true;
  });
  cdp.on("Network.loadingFinished", (e) => {
    const r = byId.get(e.requestId);
    if (r) r.wire += e.encodedDataLength;
  });
  return {
    snapshot: (): Request[] => [...byId.values()].map((r) => ({ ...r })),
    clear: () => byId.clear(),
  };
}

const sizes = new Map<string, { raw: number; gzip: number; brotli: number }>();

/** The file a same-origin URL names in dist/, and its sizes raw, gzipped and brotli-compressed (cached). */
function fileSizes(url: string, base: string): { raw: number; gzip: number; brotli: number } | null {
  const u = new URL(url);
  if (!u.pathname.startsWith(base)) return null;
  let file = path.join(DIST, decodeURIComponent(u.pathname.slice(base.length)));
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, "index.html");
  else if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
  if (!existsSync(file)) return null;
  let s = sizes.get(file);
  if (!s) {
    const bytes = readFileSync(file);
    s = {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 6 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length,
    };
    sizes.set(file, s);
  }
  return s;
}

interface Bytes {
  requests: number;
  fromCache: number;
  wire: number;
  raw: number;
  gzip: number;
  brotli: number;
}

/** Totals over the requests the network answered (cache hits and 304s cost no body). */
function totals(requests: Request[], base: string): Bytes {
  const out: Bytes = { requests: requests.length, fromCache: 0, wire: 0, raw: 0, gzip: 0, brotli: 0 };
  for (const r of requests) {
    out.wire += r.wire;
    if (r.cached) {
      out.fromCache++;
      continue;
    }
    const s = fileSizes(r.url, base);
    if (s) (out.raw += s.raw), (out.gzip += s.gzip), (out.brotli += s.brotli);
  }
  return out;
}

/** The files of `requests` of at least LARGE_FILE bytes, largest first, named by their path in dist/. */
function largest(requests: Request[], base: string): { file: string; raw: number; brotli: number }[] {
  const files = new Map<string, { file: string; raw: number; brotli: number }>();
  for (const r of requests) {
    const s = fileSizes(r.url, base);
    if (r.cached || !s || s.raw < LARGE_FILE) continue;
    const file = decodeURIComponent(new URL(r.url).pathname.slice(base.length));
    files.set(file, { file, raw: s.raw, brotli: s.brotli });
  }
  return [...files.values()].sort((a, b) => b.raw - a.raw);
}

interface Load {
  ready: number;
  atReady: Bytes;
  idle: Bytes;
  largest: ReturnType<typeof largest>;
}

const server = await serve(DIST, undefined, { cacheControl: "max-age=600" });
const { origin, pathname: base } = new URL(server.url);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
const external: string[] = [];

const FIGURE_MARK = "bench:first-figure";

/**
 * Makes every document of `context` mark the moment `route`'s first figure is on the screen: a
 * MutationObserver installed before any page script checks `isReady` on every change and marks the
 * next animation frame (the one that paints it). The time and the requests counted come from that
 * mark, not from when the benchmark's polling notices it: a page that starts a download right after
 * its figure (the MTCNN page's heatmap colours, the compare page's networks) does not count it.
 */
async function markFirstFigure(context: BrowserContext, route: string): Promise<void> {
  await markPaintWhen(context, `(${isReady.toString()})(${JSON.stringify(route.replace(/^zh\//, ""))})`, FIGURE_MARK);
}

/** Loads (or reloads) and measures one visit. */
async function visit(page: Page, log: Awaited<ReturnType<typeof requestLog>>, route: string, reload: boolean): Promise<Load> {
  log.clear();
  if (reload) await page.reload({ waitUntil: "commit" });
  else await page.goto(server.url + route, { waitUntil: "commit" });
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, FIGURE_MARK, { polling: 50, timeout: TIMEOUT });
  const [ready, origin0] = await page.evaluate((m) => [performance.getEntriesByName(m)[0].startTime, performance.timeOrigin], FIGURE_MARK);
  // The requests sent up to the frame that painted the figure (wall clock: the page's origin + its mark).
  const atReadyRequests = log.snapshot().filter((r) => r.sent <= origin0 + ready);
  const atReady = totals(atReadyRequests, base);
  await page.waitForLoadState("networkidle", { timeout: TIMEOUT });
  const all = log.snapshot();
  external.push(...all.filter((r) => !r.url.startsWith(origin)).map((r) => r.url));
  return { ready, atReady, idle: totals(all, base), largest: largest(atReadyRequests, base) };
}

const pages = ["", ...COURSE_PAGES.map((p) => p.path)].filter((p) => !ONLY || ONLY.includes(p)).map((p) => `${EDITION}${p}`);
const results: Record<string, { cold: Load[]; warm: Load[] }> = {};
try {
  for (const route of pages) {
    results[`/${route}`] = { cold: [], warm: [] };
    for (let i = 0; i < RUNS; i++) {
      // The browser's language matches the edition, so no first-visit redirect or offer.
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: EDITION ? "zh-CN" : "en-US" });
      try {
        await markFirstFigure(context, route);
        const page = await context.newPage();
        const log = await requestLog(context, page);
        results[`/${route}`].cold.push(await visit(page, log, route, false));
        results[`/${route}`].warm.push(await visit(page, log, route, true));
      } finally {
        await context.close();
      }
    }
    const r = results[`/${route}`];
    const c = r.cold[0];
    console.error(
      `/${route}: cold ${(spread(r.cold.map((l) => l.ready)).median / 1000).toFixed(2)} s to first figure, ${c.atReady.requests} requests, ` +
        `${(c.atReady.raw / 2 ** 20).toFixed(2)} MB raw / ${(c.atReady.brotli / 2 ** 20).toFixed(2)} MB brotli; idle ${(c.idle.raw / 2 ** 20).toFixed(2)} MB raw in ${c.idle.requests} requests; ` +
        `warm ${(spread(r.warm.map((l) => l.ready)).median / 1000).toFixed(2)} s`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}

const summary = Object.fromEntries(
  Object.entries(results).map(([route, r]) => [
    route,
    {
      firstFigure: FIGURE[route.replace(/^\/(zh\/)?/, "")] ?? "the first cell output",
      coldReadyMs: spread(r.cold.map((l) => l.ready)),
      warmReadyMs: spread(r.warm.map((l) => l.ready)),
      // Bytes are the same from run to run of a cold load (the same files); the first run's are given.
      cold: { atReady: r.cold[0].atReady, idle: r.cold[0].idle, largestAtReady: r.cold[0].largest },
      warm: { atReady: r.warm[0].atReady, idle: r.warm[0].idle },
    },
  ]),
);
const result = {
  machine: machine(),
  runs: RUNS,
  served: "dist/ on loopback, uncompressed, Cache-Control max-age=600 + Last-Modified; gzip -6 and brotli q11 computed from the same files",
  pages: summary,
};
// A subset (BENCH_PAGES_ONLY) is printed, not written over the full result.
if (ONLY) console.log(JSON.stringify(result.pages, null, 1));
else writeResult(EDITION ? "page-weights-zh.json" : "page-weights.json", result);
if (external.length) throw new Error(`requests left the site's origin: ${[...new Set(external)].join(", ")}`);
