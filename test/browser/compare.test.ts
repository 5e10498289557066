/**
 * The compare page's first verdict, in both editions: it shows from the precomputed sample faces
 * before the embedding network's weights are requested, says so, then the networks load and the
 * same pair is computed live — same verdict, the label says "computed live". A photo of the reader's
 * own is computed live. A face chosen in a sample before the networks arrive (held back here, as on a
 * slow network) stays chosen when the live faces replace the precomputed ones. The shared flow (everyPage.test.ts) covers the rest of the page.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import type { Page } from "playwright-core";
import { assertClean, startSite, unavailable, type Site } from "../../harness/browser.js";
import { axeViolations } from "../../harness/axe.js";
import { EDITIONS } from "../../harness/editions.js";
import { ROOT } from "../../harness/paths.js";

const skip = unavailable();
const TIMEOUT = 180_000;
const { date } = JSON.parse(readFileSync(path.join(ROOT, "docs/_data/compare/samples.json"), "utf8")) as { date: string };

/** The verdict, its source label and whether dlib's weights have been requested yet. */
const state = (page: Page) =>
  page.evaluate(() => ({
    verdict: document.querySelector("#verdict")?.textContent ?? "",
    source: (document.querySelector("#verdict-source") as HTMLElement | null)?.dataset.source ?? null,
    label: document.querySelector("#verdict-source")?.textContent ?? "",
    dlibRequested: performance.getEntriesByType("resource").some((e) => e.name.includes("face_recognition_model")),
  }));

const sourceIs = (page: Page, source: string) =>
  page.waitForFunction((s) => (document.querySelector("#verdict-source") as HTMLElement | null)?.dataset.source === s, source, { timeout: TIMEOUT });

describe("compare page: precomputed first, then live", { skip: skip ?? false }, () => {
  let site: Site;
  before(async () => {
    site = await startSite();
  });
  after(async () => {
    await site?.close();
  });

  for (const ed of EDITIONS) {
    test(`${ed.lang}: the default pair's verdict shows precomputed, then the same verdict computed live; an own photo is computed live`, async () => {
      const t = ed.msg.compare;
      const v = await site.open(`${ed.prefix}compare`, { locale: ed.locale });
      await sourceIs(v.page, "precomputed");
      const first = await state(v.page);
      assert.ok(first.verdict.includes(t.same), first.verdict);
      assert.equal(first.label, t.sourcePrecomputed(date));
      assert.equal(first.dlibRequested, false, "the verdict shows before the embedding network is requested");
      await sourceIs(v.page, "live");
      const live = await state(v.page);
      assert.equal(live.verdict, first.verdict, "the live verdict is the precomputed one");
      assert.equal(live.label, t.sourceLive(null), "no difference beyond rounding");
      assert.deepEqual(await axeViolations(v.page), [], `${ed.lang} compare: axe serious/critical violations`);

      await v.page.locator(".photo-picker").nth(1).locator('input[type="file"]').setInputFiles(path.join(ROOT, "docs/lfw-batch/Colin_Powell_0001.jpg"));
      await v.page.waitForFunction((d) => document.querySelector("#verdict")?.textContent?.includes(d), t.different, { timeout: TIMEOUT });
      const own = await state(v.page);
      assert.equal(own.source, "live");
      assert.equal(own.label, t.sourceLive(null));
      await assertClean(v, `${ed.lang} compare`);
      await v.page.close();
    });
  }

  test("a face chosen while the networks are still loading stays chosen when the live faces arrive", async () => {
    const t = EDITIONS[0].msg.compare;
    const v = await site.open("compare");
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await v.page.route("**/face_recognition_model*.bin", async (route) => {
      await held;
      await route.continue();
    });
    await v.page.reload();
    await sourceIs(v.page, "precomputed");
    await v.page.locator(".photo-picker").nth(1).getByRole("button", { name: t.samples.group }).click();
    const faces = v.page.locator(".face-picker").nth(1).locator("button");
    await faces.nth(5).waitFor({ timeout: TIMEOUT });
    await faces.nth(2).click();
    await v.page.waitForFunction(() => new URL(location.href).searchParams.get("fb") === "2", null, { timeout: TIMEOUT });
    const precomputed = await state(v.page);
    assert.equal(precomputed.source, "precomputed");
    release();
    await sourceIs(v.page, "live");
    assert.equal(await faces.nth(2).getAttribute("class"), "chosen", "face 3 is still the chosen one");
    assert.equal((await state(v.page)).verdict, precomputed.verdict);
    await assertClean(v, "compare, slow network");
    await v.page.close();
  });
});
