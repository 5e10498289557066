/**
 * The MTCNN page as a lesson, in a real browser: a view set with the controls lives in the address and
 * reopening that address restores it (sample, sliders, NMS stage, threshold and step, with the same
 * stepper counts); the NMS stepper works from the keyboard; the hard-mining chart draws its bars; the
 * exercises answer from the live state; and axe finds no serious or critical WCAG 2 A/AA violation.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Page } from "playwright-core";
import { axeViolations } from "../../harness/axe.js";
import { assertClean, startSite, unavailable, type Site } from "../../harness/browser.js";

const skip = unavailable();
const TIMEOUT = 120_000;

/** Waits for the first detection of the page's photo named `sample`. */
const detected = (page: Page, sample: string) =>
  page.waitForFunction((s) => (document.querySelector("#detect-summary")?.textContent ?? "").includes(` in ${s} (`), sample, { timeout: TIMEOUT });

/** A labelled slider's value (the range input that `labelled` named "<label> (slider)"). */
const slider = (page: Page, label: string) => page.locator(`input[type="range"][aria-label="${label} (slider)"]`);

/** What the NMS stepper shows: its count line and the rows of its table. */
async function stepperState(page: Page) {
  const stepper = page.locator(".nms-stepper");
  return {
    counts: (await stepper.locator(".nms-counts").textContent()) ?? "",
    kept: await stepper.locator(".nms-count-kept").textContent(),
    remaining: await stepper.locator(".nms-count-remaining").textContent(),
    rows: await stepper.locator(".nms-table tbody tr").count(),
  };
}

describe("the MTCNN page", { skip: skip ?? false }, () => {
  let site: Site;
  before(async () => {
    site = await startSite();
  });
  after(async () => {
    await site?.close();
  });

  test("a view set with the controls is in the address, and opening it restores the view", async () => {
    const v = await site.open("mtcnn");
    const { page } = v;
    await detected(page, "Group photo");
    await page.getByRole("button", { name: "Portrait" }).click();
    await detected(page, "Portrait");
    await slider(page, "min face size (px)").fill("40");
    await page.waitForFunction(() => /with min face 40 px/.test(document.body.textContent ?? ""), null, { timeout: TIMEOUT });
    await slider(page, "scale factor").fill("0.8");
    await page.waitForFunction(() => new URLSearchParams(location.search).get("scale") === "0.8", null, { timeout: TIMEOUT });
    await page.getByLabel("candidates").selectOption("P-Net, across levels");
    // A new stage rebuilds the threshold slider at that NMS's own value (0.7 across levels): wait for it.
    await page.waitForFunction(() => /IoU > 0\.7 suppresses/.test(document.querySelector(".nms-counts")?.textContent ?? ""));
    await slider(page, "threshold").fill("0.3");
    await page.waitForFunction(() => /> 0\.3 suppresses/.test(document.querySelector(".nms-counts")?.textContent ?? ""));
    // Two steps, the second from the keyboard (→ with the Step button focused).
    await page.locator('.nms-stepper button[data-action="step"]').click();
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction(() => new URLSearchParams(location.search).get("step") === "2");
    const before = await stepperState(page);
    assert.match(before.counts, /^Iteration 2 ·/);
    const url = new URL(page.url());
    const params = Object.fromEntries(url.searchParams);
    assert.deepEqual(
      { sample: params.sample, min: params.min, scale: params.scale, stage: params.stage, nms: params.nms, step: params.step },
      { sample: "Portrait", min: "40", scale: "0.8", stage: "P-Net, across levels", nms: "0.3", step: "2" },
    );
    await assertClean(v, "mtcnn view set");
    await page.close();

    const w = await site.open(`mtcnn${url.search}`);
    await detected(w.page, "Portrait");
    await w.page.waitForFunction(() => /^Iteration 2 ·/.test(document.querySelector(".nms-counts")?.textContent ?? ""), null, { timeout: TIMEOUT });
    assert.equal(await slider(w.page, "min face size (px)").inputValue(), "40");
    assert.equal(await slider(w.page, "scale factor").inputValue(), "0.8");
    // Inputs.select's option values are indices: compare the chosen option's text.
    assert.equal(await w.page.getByLabel("candidates").evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent), "P-Net, across levels");
    assert.equal(await slider(w.page, "threshold").inputValue(), "0.3");
    assert.deepEqual(await stepperState(w.page), before, "the reopened stepper shows the same iteration and counts");
    assert.equal(new URL(w.page.url()).search, url.search, "the reopened page keeps the same address");
    await assertClean(w, "mtcnn view reopened");
    await w.page.close();
  });

  test("the NMS stepper is operated from the keyboard alone", async () => {
    const v = await site.open("mtcnn");
    const { page } = v;
    await detected(page, "Group photo");
    const step = page.locator('.nms-stepper button[data-action="step"]');
    await step.focus();
    await page.keyboard.press("Enter");
    assert.equal(await page.locator(".nms-count-kept").textContent(), "1");
    await page.keyboard.press(" ");
    assert.equal(await page.locator(".nms-count-kept").textContent(), "2");
    await page.keyboard.press("End");
    assert.equal(await page.locator(".nms-count-remaining").textContent(), "0");
    await page.keyboard.press("Home");
    assert.equal(await page.locator(".nms-count-kept").textContent(), "0");
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.action), "play", "Tab reaches the next stepper button");
    await assertClean(v, "mtcnn stepper keyboard");
    await page.close();
  });

  test("the hard-mining chart draws a bar per sample and reads out the kept share; an exercise answers from the page", async () => {
    const v = await site.open("mtcnn");
    const { page } = v;
    await detected(page, "Group photo");
    const summary = page.locator("#mining-summary");
    await summary.waitFor({ timeout: TIMEOUT });
    assert.match((await summary.textContent()) ?? "", /Kept: 90 of 128 \(70 %\)/);
    const bars = await page.evaluate(
      () =>
        [...document.querySelectorAll("svg[role=img] rect")].filter((r) => Number(r.getAttribute("height")) > 0 && Number(r.getAttribute("width")) > 0).length,
    );
    assert.ok(bars >= 128, `bars drawn: ${bars}`);
    const card = page.locator("#try-mining-share");
    await card.getByLabel("down").check();
    await card.getByRole("button", { name: "Check my prediction" }).click();
    assert.match((await card.locator(".try-this-answer").textContent()) ?? "", /^Right: down\. Mean loss of the kept samples: \d\.\d{4} at 70 %/);
    await assertClean(v, "mtcnn mining");
    await page.close();
  });

  test("axe finds no serious or critical WCAG 2 A/AA violation on /mtcnn", async () => {
    const v = await site.open("mtcnn");
    const { page } = v;
    await detected(page, "Group photo");
    await page.waitForSelector(".crop-grid figure.kept");
    // Show the states that only appear on use: a step of the NMS table, an exercise's answer, the live
    // timing table, open details.
    await page.locator('.nms-stepper button[data-action="step"]').click();
    await page.locator("#try-nms-lower").getByRole("button", { name: "Check my prediction" }).click();
    await page.getByRole("button", { name: "Run 300 forward passes" }).click();
    await page.locator("#forward-timing table").waitFor({ timeout: TIMEOUT });
    await page.evaluate(() => {
      for (const d of document.querySelectorAll("details")) d.open = true;
    });
    assert.deepEqual(await axeViolations(page), []);
    await assertClean(v, "mtcnn axe");
    await page.close();
  });
});
