/**
 * The Performance page in a real browser: it draws the committed benchmark results (the figures of
 * bench/results/*.json appear on it, formatted as the page formats them), says "not measured yet"
 * for the benchmarks not run, and its live race — facelab against face-api.js in a hidden frame,
 * one photo, one round on cpu — ends with a finite ratio and an agreement count, with no request
 * outside the origin and no Content-Security-Policy violation (the frame runs face-api.js without eval).
 * Both editions run both tests: the figures' text and the race's controls come from each edition's
 * message table. The Chinese race is the same one-photo, one-round cpu race (about as long as the
 * English one), kept because the race is the page's one interaction.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import type { Page } from "playwright-core";
import { batchingDone } from "../../docs/components/performance/batchingBars.js";
import { glKernelsDone } from "../../docs/components/performance/glKernelBars.js";
import { ms, seconds, splitRaces, times } from "../../docs/components/performance/benchFigures.js";
import { bytes } from "../../docs/components/performance/coldLoadBars.js";
import { netName, type FusedRun } from "../../docs/components/performance/fusedBars.js";
import { faceApiCropRaces, facelabWasm } from "../../docs/components/performance/visitorDefault.js";
import { ROOT } from "../../harness/paths.js";
import { EDITIONS, type Edition } from "../../harness/editions.js";
import { ratioPattern } from "./flows/performance.js";
import { assertClean, recordViolations, startSite, unavailable, violations, type Site } from "../../harness/browser.js";

const skip = unavailable();
const RACE_TIMEOUT = 240_000;

const result = (name: string) => {
  const file = path.join(ROOT, "bench/results", `${name}.json`);
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null;
};

/** Number of bars in the chart whose value axis reads `axis` (its description for screen readers starts with it). */
const barsOf = (page: Page, axis: string) => page.locator(`.bar-chart svg[aria-label^="${axis}: "] rect`).count();

/** A table sentence as the page shows it (innerText): its markup gone. */
const plain = (markup: string) => markup.replace(/<[^>]+>/g, "");

/**
 * The sections drawn from fused-layers.json, the batching, WebGL-program and default-backend figures of
 * mtcnn-browser.json, lfw-throughput.json and cold-load.json: each result's own figures on the page
 * (and its bars in the chart) when the file exists, the "not measured yet" note when it does not.
 */
async function expectNewSections(page: Page, ed: Edition, expect: (s: string, what: string) => void): Promise<void> {
  const t = ed.msg.performance;
  const notYet = (what: string) => t.notYetBefore(what);
  const fused = result("fused-layers");
  for (const run of (fused?.results ?? []) as FusedRun[]) {
    for (const [net, s] of Object.entries(run.byNet)) expect(`${netName(net)} ${ms(s.separateMs)} → ${ms(s.fusedMs)}`, `fused ${run.backend} ${net}`);
  }
  if (fused)
    assert.equal(
      await barsOf(page, t.axisFusedPerLayer),
      fused.results.reduce((n: number, r: FusedRun) => n + r.rows.length, 0),
      "a bar per layer and backend",
    );
  else expect(notYet(t.notYetWhat.fused), "fused-layers.json absent");

  const browser = result("mtcnn-browser");
  const batching = batchingDone(browser?.batching ?? []);
  for (const r of batching) for (const x of [ms(r.chunkedMs), ms(r.wholeMs), times(r.ratio)]) expect(x, `batching ${r.backend}`);
  if (browser && !batching.length) expect(notYet(t.notYetWhat.batching), "no batching rows");
  assert.equal(await barsOf(page, t.axisBatching), 2 * batching.length, "chunked and whole bars per backend");
  const gl = glKernelsDone(browser?.glKernels ?? []);
  for (const r of gl) for (const x of [ms(r.programsMs), ms(r.tfjsMs), times(r.ratio)]) expect(x, `WebGL programs ${r.set}`);
  if (browser && !gl.length) expect(notYet(t.notYetWhat.glKernels), "no glKernels rows");
  assert.equal(await barsOf(page, t.axisGlKernels), 2 * gl.length, "programs and tfjs-kernel bars");

  const wasm = browser ? facelabWasm(browser) : null;
  const faceApi = faceApiCropRaces(browser ? splitRaces(browser.races).done : []);
  if (wasm && faceApi.length && faceApi.every((r) => r.photos === wasm.photos)) {
    expect(ms(wasm.medianMs), "facelab on wasm, by default");
    expect(ms(faceApi[0].faceApi.medianMs), "face-api.js on its fastest backend");
    assert.equal(await barsOf(page, t.axisOwnBackend), 1 + faceApi.length, "facelab on wasm, face-api.js per backend");
  } else if (wasm && faceApi.length)
    expect(t.notCompared(wasm.photos, faceApi.map((r) => `${r.photos} (${r.backend})`).join(t.listSep)), "photo counts differ");
  else if (browser) expect(notYet(wasm ? t.notYetWhat.visitorFaceApi : t.notYetWhat.visitorWasm), "no default-backend comparison");

  const lfw = result("lfw-throughput");
  if (lfw) {
    const perSecond = (x: number) => t.perSecond(x.toFixed(2));
    const medians = Object.entries(lfw.byWorkers as Record<string, { imagesPerSecond: { median: number } }>).map(([w, s]) =>
      t.workersRate(t.workers(w), perSecond(s.imagesPerSecond.median)),
    );
    const s = lfw.speedup;
    expect(plain(t.lfwSpeedup(times(s.ofMedians), times(s.perRound.min), times(s.perRound.max), medians.join(t.listSep))), "LFW speed-up and img/s");
  } else expect(notYet(t.notYetWhat.lfw), "lfw-throughput.json absent");

  const cold = result("cold-load");
  if (cold) {
    for (const p of [cold.cold, cold.warm]) expect(seconds(p.ms.firstDetection.median), "first detection");
    expect(bytes(cold.cold.network.bytes.median), "bytes of the cold load");
    expect(plain(t.coldVerdict(times(cold.ratios.warmOverColdFirstDetection))), "cold-load verdict");
  } else expect(notYet(t.notYetWhat.cold), "cold-load.json absent");
}

// One site and browser for the file; a describe per edition inside it.
describe("Performance page", { skip: skip ?? false }, () => {
  let site: Site;
  before(async () => {
    site = await startSite();
  });
  after(async () => {
    await site?.close();
  });

  for (const ed of EDITIONS)
    describe(`${ed.lang}: Performance page`, () => {
      const m = ed.msg.performance;

      test("draws the committed results, and says which benchmarks are not measured yet", async (t) => {
        const v = await site.open(`${ed.prefix}performance`, { locale: ed.locale });
        await v.page.locator(".bar-chart").first().waitFor({ timeout: 60_000 });
        await v.page.waitForLoadState("networkidle");
        const text = await v.page.locator("#observablehq-main").innerText();
        const expect = (s: string, what: string) => assert.ok(text.includes(s), `${what}: "${s}" is on the page`);
        const browser = result("mtcnn-browser");
        for (const r of browser?.races.filter((r: { unavailable?: unknown }) => !r.unavailable) ?? []) {
          expect(ms(r.facelab.medianMs), `${r.backend} ${r.set} facelab median`);
          expect(ms(r.faceApi.medianMs), `${r.backend} ${r.set} face-api.js median`);
          expect(times(r.ratio), `${r.backend} ${r.set} ratio`);
          expect(ms(r.facelab.firstMs), `${r.backend} ${r.set} facelab first call`);
          assert.ok(await v.page.locator(".agreement-table td", { hasText: new RegExp(`^${r.agreement.matched}$`) }).count(), "agreement count in the table");
        }
        for (const r of browser?.roofline.filter((r: { unavailable?: unknown }) => !r.unavailable) ?? []) {
          const pnet = r.stages.pnet;
          expect(m.rooflineLabel(pnet.gflops.toFixed(2), pnet.percentOfMatmul.toFixed(0)), `${r.backend} P-Net roofline`);
          expect(m.roofRule(r.matmul.best.toFixed(2), r.matmul.kernel === "facelab loops"), `${r.backend} roof`);
        }
        const embed = result("embed-node");
        if (embed) {
          expect(ms(embed.stats.oursSingle.median), "embedder race, facelab one at a time");
          expect(times(embed.ratios.batched), "embedder race, batched ratio");
        }
        for (const r of result("mtcnn-node")?.results ?? []) expect(ms(r.stages.pnet.median), `Node ${r.backend} P-Net`);
        await expectNewSections(v.page, ed, expect);
        const charts = await v.page.locator(".bar-chart svg rect").count();
        t.diagnostic(`${await v.page.locator(".bar-chart").count()} charts, ${charts} bars`);
        assert.ok(charts > 0, "the charts have bars");
        await assertClean(v, `${ed.prefix}performance`);
        await v.page.close();
      });

      // The Chinese race is run by the every-page walk (flows/performance.ts, Chinese labels and summary);
      // here it would only repeat that minute on CI's two cores.
      test("the live race, one photo and one round on cpu, ends with a finite ratio and an agreement", {
        timeout: RACE_TIMEOUT + 60_000,
        skip: ed.lang === "zh" ? "run by everyPage.test.ts" : false,
      }, async (t) => {
        const v = await site.open(`${ed.prefix}performance?photos=1&rounds=1&backend=cpu`, { locale: ed.locale });
        await recordViolations(v.page);
        const button = v.page.getByRole("button", { name: m.runRace });
        await button.waitFor({ timeout: 60_000 });
        assert.equal(await v.page.locator(".live-race select").inputValue(), "cpu");
        await button.click();
        const summary = v.page.locator(".live-race-summary");
        await summary.waitFor({ timeout: RACE_TIMEOUT });
        t.diagnostic(await summary.innerText());
        const data = await summary.evaluate((p: HTMLElement) => ({ ...p.dataset }));
        const ratio = Number(data.ratio);
        assert.ok(Number.isFinite(ratio) && ratio > 0, `finite ratio, got ${data.ratio}`);
        assert.match(await summary.innerText(), ratioPattern(ed));
        // The portrait has one face: both find it, and they agree on it.
        assert.equal(Number(data.facelabFaces), 1);
        assert.equal(Number(data.faceApiFaces), 1);
        assert.equal(Number(data.matched), 1);
        assert.equal(await v.page.evaluate(() => document.querySelector("progress")?.value), 1, "the progress bar is full");
        await v.page.waitForLoadState("networkidle");
        assert.deepEqual(await violations(v.page), [], "securitypolicyviolation events");
        await assertClean(v, `${ed.prefix}performance race`);
        await v.page.close();
      });
    });
});
