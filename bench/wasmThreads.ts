/**
 * `npm run bench:threads`: what the cross-origin isolation headers buy on the MTCNN page. The built
 * site is served twice on loopback, once with COOP/COEP (the page is isolated, tfjs runs its threaded
 * SIMD wasm, asked for navigator.hardwareConcurrency threads) and once without (SIMD wasm, one thread),
 * and one headless Chromium opens /mtcnn from each. Each page's status line and the thread count tfjs
 * reports go in the result (tfjs-backend-wasm 4.22 reports 1 either way: see README). Each round re-detects the default photo (Group photo) on both
 * pages, in alternating order (A B, B A, …), after a warm-up detection on each; the time is the one the
 * page reports in its summary line (the detector's own clock, photo decoding excluded).
 * Writes bench/results/wasm-threads.json: both pages' times, the median of the per-round ratios
 * not isolated / isolated, and the ratio of the fastest rounds (on a loaded machine the least
 * disturbed). Timings are reported, never asserted. Needs `npm run build` first.
 */
import path from "node:path";
import { chromium, type Page } from "playwright-core";
import { CHROMIUM, DIST } from "../harness/browser.js";
import { en } from "../docs/components/messages/en/index.js";
import { serve } from "../harness/serve.js";
import { median } from "../src/math/statistics.js";
import { machine, writeResult } from "./results.js";
import { spread } from "./stats.js";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const t = en.mtcnn;

/** Clicks sample `id` and resolves to the ms of its detection, as the page's summary reports it. */
async function detect(page: Page, id: string): Promise<number> {
  await page.getByRole("button", { name: t.samples[id], exact: true }).click();
  const text = await page.waitForFunction(
    (inPhoto) => {
      const s = document.querySelector("#detect-summary")?.textContent ?? "";
      return s.includes(inPhoto) && / ms on /.test(s) ? s : false;
    },
    t.inPhoto(t.samples[id]),
    { timeout: 120_000 },
  );
  const ms = /— ([\d.,]+) ms on /.exec(String(await text.jsonValue()))?.[1];
  if (!ms) throw new Error(`no time in the summary of ${id}`);
  return Number(ms.replace(/,/g, ""));
}

/** The Group photo's detection time, after the page last showed another photo (so it re-detects). */
async function groupPhoto(page: Page): Promise<number> {
  await detect(page, "Portrait");
  return detect(page, "Group photo");
}

const servers = [await serve(DIST, "/course/facelab/", { isolate: true }), await serve(DIST, "/course/facelab/")];
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
try {
  const pages: Page[] = [];
  const status: { text: string; threads: number }[] = [];
  for (const s of servers) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${s.url}mtcnn`);
    await page.locator(".backend-status").waitFor({ timeout: 120_000 });
    const line = page.locator(".backend-status");
    status.push({ text: (await line.textContent()) ?? "", threads: Number(await line.getAttribute("data-threads")) });
    await groupPhoto(page); // warm-up: first shapes, caches
    pages.push(page);
  }
  const times: [number[], number[]] = [[], []];
  for (let r = 0; r < ROUNDS; r++) {
    const order = r % 2 === 0 ? [0, 1] : [1, 0];
    for (const i of order) times[i].push(await groupPhoto(pages[i]));
    process.stderr.write(`round ${r + 1}/${ROUNDS}: isolated ${times[0].at(-1)} ms, not isolated ${times[1].at(-1)} ms\n`);
  }
  const ratios = times[0].map((ms, i) => times[1][i] / ms);
  const cores = await pages[0].evaluate(() => navigator.hardwareConcurrency);
  writeResult("wasm-threads.json", {
    machine: machine(),
    chromium: browser.version(),
    photo: path.join("docs/photos", "group.jpg"),
    rounds: ROUNDS,
    hardwareConcurrency: cores,
    /** Served with COOP/COEP: tfjs's threaded SIMD binary, `threads` as tfjs reports them. */
    isolated: { status: status[0].text, threads: status[0].threads, ms: times[0], ...spread(times[0]) },
    /** Served without: the single-threaded SIMD binary. */
    notIsolated: { status: status[1].text, threads: status[1].threads, ms: times[1], ...spread(times[1]) },
    /** Per round, the not-isolated time over the isolated one: above 1 means the headers help. */
    speedup: { median: median(ratios), ...spreadOf(ratios), fastestRounds: Math.min(...times[1]) / Math.min(...times[0]) },
  });
  process.stderr.write(
    `isolated (tfjs reports ${status[0].threads} thread(s)) against not: ×${median(ratios).toFixed(2)} median of ${ROUNDS} interleaved rounds, ×${(Math.min(...times[1]) / Math.min(...times[0])).toFixed(2)} fastest against fastest\n`,
  );
} finally {
  await browser.close();
  for (const s of servers) await s.close();
}

function spreadOf(xs: number[]) {
  const { min, max } = spread(xs);
  return { min, max };
}
