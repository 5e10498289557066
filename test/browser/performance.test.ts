/**
 * The Performance page in a real browser: it draws the committed benchmark results (the figures of
 * bench/results/*.json appear on it, formatted as the page formats them), says "not measured yet"
 * for the benchmarks not run, and its live race — facelab against face-api.js in a hidden frame,
 * one photo, one round on cpu — ends with a finite ratio and an agreement count, with no request
 * outside the origin and no Content-Security-Policy violation (the frame runs face-api.js without eval).
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { ms, times } from "../../docs/components/benchFigures.js";
import { ROOT } from "../helpers/backend.js";
import { assertClean, recordViolations, startSite, unavailable, violations, type Site } from "./browser.js";

const skip = unavailable();
const RACE_TIMEOUT = 240_000;

const result = (name: string) => {
  const file = path.join(ROOT, "bench/results", `${name}.json`);
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null;
};

describe("Performance page", { skip: skip ?? false }, () => {
  let site: Site;
  before(async () => { site = await startSite(); });
  after(async () => { await site?.close(); });

  test("draws the committed results, and says which benchmarks are not measured yet", async (t) => {
    const v = await site.open("performance");
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
      expect(`${r.stages.pnet.percentOfMatmul.toFixed(0)}% of matmul`, `${r.backend} P-Net roofline`);
      expect(`matmul ${r.matmul.best.toFixed(2)} GFLOP/s`, `${r.backend} roof`);
    }
    const embed = result("embed-node");
    if (embed) {
      expect(ms(embed.stats.oursSingle.median), "embedder race, facelab one at a time");
      expect(times(embed.ratios.batched), "embedder race, batched ratio");
    }
    for (const r of result("mtcnn-node")?.results ?? []) expect(ms(r.stages.pnet.median), `Node ${r.backend} P-Net`);
    for (const [name, what] of [["lfw-throughput", "LFW throughput"], ["cold-load", "cold load"]]) {
      if (!result(name)) expect(`Not measured yet: ${what}`, `${name}.json absent`);
    }
    const charts = await v.page.locator(".bar-chart svg rect").count();
    t.diagnostic(`${await v.page.locator(".bar-chart").count()} charts, ${charts} bars`);
    assert.ok(charts > 0, "the charts have bars");
    await assertClean(v, "performance");
    await v.page.close();
  });

  test("the live race, one photo and one round on cpu, ends with a finite ratio and an agreement", { timeout: RACE_TIMEOUT + 60_000 }, async (t) => {
    const v = await site.open("performance?photos=1&rounds=1&backend=cpu");
    await recordViolations(v.page);
    const button = v.page.getByRole("button", { name: "Run the race" });
    await button.waitFor({ timeout: 60_000 });
    assert.equal(await v.page.locator(".live-race select").inputValue(), "cpu");
    await button.click();
    const summary = v.page.locator(".live-race-summary");
    await summary.waitFor({ timeout: RACE_TIMEOUT });
    t.diagnostic(await summary.innerText());
    const data = await summary.evaluate((p: HTMLElement) => ({ ...p.dataset }));
    const ratio = Number(data.ratio);
    assert.ok(Number.isFinite(ratio) && ratio > 0, `finite ratio, got ${data.ratio}`);
    assert.match(await summary.innerText(), /ratio \d+\.\d\d×/);
    // The portrait has one face: both find it, and they agree on it.
    assert.equal(Number(data.facelabFaces), 1);
    assert.equal(Number(data.faceApiFaces), 1);
    assert.equal(Number(data.matched), 1);
    assert.equal(await v.page.evaluate(() => document.querySelector("progress")?.value), 1, "the progress bar is full");
    await v.page.waitForLoadState("networkidle");
    assert.deepEqual(await violations(v.page), [], "securitypolicyviolation events");
    await assertClean(v, "performance race");
    await v.page.close();
  });
});
