/**
 * The MTCNN page as a lesson, in a real browser, in both editions: a view set with the controls lives in
 * the address and reopening that address restores it (sample, sliders, NMS stage, threshold and step,
 * with the same stepper counts); the NMS stepper works from the keyboard; the hard-mining chart draws
 * its bars; the exercises answer from the live state; and axe finds no serious or critical WCAG 2 A/AA
 * violation. Every text the tests look for comes from the edition's message table.
 *
 * CI time: the full address round trip runs on English; on Chinese it runs the view-setting half (the
 * address's ids must not depend on the language) without the reopening, which English already covers.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Page } from "playwright-core";
import { axeViolations } from "../../harness/axe.js";
import { assertClean, startSite, unavailable, type Site } from "../../harness/browser.js";
import { EDITIONS, type Edition } from "../../harness/editions.js";

const skip = unavailable();
const TIMEOUT = 120_000;

/** Waits for the first detection of the sample `id` ("Group photo", "Portrait"…), named in the edition's language. */
const detected = (page: Page, ed: Edition, id: string) => {
  const t = ed.msg.mtcnn;
  const name = t.samples[id];
  return page.waitForFunction(
    ([a, b]) => {
      const text = document.querySelector("#detect-summary")?.textContent ?? "";
      return text.includes(a) && text.includes(b);
    },
    [t.summaryBefore(name), t.inPhoto(name)],
    { timeout: TIMEOUT },
  );
};

/** A labelled slider (the range input `labelled` names after the control's label). */
const slider = (page: Page, label: string) => page.locator(`input[type="range"][aria-label^="${label}"]`);

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

const countsMatch = (page: Page, pattern: RegExp) =>
  page.waitForFunction((src) => new RegExp(src).test(document.querySelector(".nms-counts")?.textContent ?? ""), pattern.source, { timeout: TIMEOUT });

describe("the MTCNN page", { skip: skip ?? false }, () => {
  let site: Site;
  before(async () => {
    site = await startSite();
  });
  after(async () => {
    await site?.close();
  });

  for (const ed of EDITIONS) {
    const t = ed.msg.mtcnn;
    const open = (route = "") => site.open(`${ed.prefix}mtcnn${route}`, { locale: ed.locale });

    test(`${ed.lang}: a view set with the controls is in the address${ed.lang === "en" ? ", and opening it restores the view" : ""}`, async () => {
      const v = await open();
      const { page } = v;
      await detected(page, ed, "Group photo");
      await page.getByRole("button", { name: t.samples.Portrait, exact: true }).click();
      await detected(page, ed, "Portrait");
      await slider(page, t.minFaceLabel).fill("40");
      await page.waitForFunction(() => new URLSearchParams(location.search).get("min") === "40", null, { timeout: TIMEOUT });
      await slider(page, t.scaleFactorLabel).fill("0.8");
      await page.waitForFunction(() => new URLSearchParams(location.search).get("scale") === "0.8", null, { timeout: TIMEOUT });
      await page.getByLabel(t.candidatesLabel, { exact: true }).selectOption(t.nmsStages["P-Net, across levels"]);
      // A new stage rebuilds the threshold slider at that NMS's own value (0.7 across levels): wait for it.
      await countsMatch(page, /IoU > 0\.7/);
      await slider(page, t.thresholdLabel).fill("0.3");
      await countsMatch(page, /> 0\.3/);
      // Two steps, the second from the keyboard (→ with the Step button focused).
      await page.locator('.nms-stepper button[data-action="step"]').click();
      await page.keyboard.press("ArrowRight");
      await page.waitForFunction(() => new URLSearchParams(location.search).get("step") === "2");
      const before = await stepperState(page);
      assert.ok(before.counts.startsWith(t.stepper.iteration(2)), before.counts);
      const url = new URL(page.url());
      const params = Object.fromEntries(url.searchParams);
      // The address holds ids, not the edition's words: the language switch carries the view across.
      assert.deepEqual(
        { sample: params.sample, min: params.min, scale: params.scale, stage: params.stage, nms: params.nms, step: params.step },
        { sample: "Portrait", min: "40", scale: "0.8", stage: "P-Net, across levels", nms: "0.3", step: "2" },
      );
      await assertClean(v, `${ed.lang} mtcnn view set`);
      await page.close();
      if (ed.lang !== "en") return;

      const w = await open(url.search);
      await detected(w.page, ed, "Portrait");
      await w.page.waitForFunction((s) => (document.querySelector(".nms-counts")?.textContent ?? "").startsWith(s), t.stepper.iteration(2), {
        timeout: TIMEOUT,
      });
      assert.equal(await slider(w.page, t.minFaceLabel).inputValue(), "40");
      assert.equal(await slider(w.page, t.scaleFactorLabel).inputValue(), "0.8");
      // Inputs.select's option values are indices: compare the chosen option's text.
      assert.equal(
        await w.page.getByLabel(t.candidatesLabel, { exact: true }).evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent),
        t.nmsStages["P-Net, across levels"],
      );
      assert.equal(await slider(w.page, t.thresholdLabel).inputValue(), "0.3");
      assert.deepEqual(await stepperState(w.page), before, "the reopened stepper shows the same iteration and counts");
      assert.equal(new URL(w.page.url()).search, url.search, "the reopened page keeps the same address");
      await assertClean(w, "mtcnn view reopened");
      await w.page.close();
    });

    test(`${ed.lang}: the NMS stepper is operated from the keyboard alone`, async () => {
      const v = await open();
      const { page } = v;
      await detected(page, ed, "Group photo");
      const step = page.locator('.nms-stepper button[data-action="step"]');
      assert.equal(await step.textContent(), t.stepper.step);
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
      await assertClean(v, `${ed.lang} mtcnn stepper keyboard`);
      await page.close();
    });

    test(`${ed.lang}: the hard-mining chart draws a bar per sample and reads out the kept share; an exercise answers from the page`, async () => {
      const v = await open();
      const { page } = v;
      await detected(page, ed, "Group photo");
      await page.locator("#hard-mining").scrollIntoViewIfNeeded(); // the batch is drawn once its section nears the screen
      const summary = page.locator("#mining-summary");
      await summary.waitFor({ timeout: TIMEOUT });
      assert.ok(((await summary.textContent()) ?? "").includes(t.miningKept + t.keptOf(90, 128, 70)));
      // the chart follows the summary: it imports Plot first
      await page.waitForFunction(() => document.querySelectorAll("svg[role=img] rect").length > 0, null, { timeout: TIMEOUT });
      const bars = await page.evaluate(
        () =>
          [...document.querySelectorAll("svg[role=img] rect")].filter((r) => Number(r.getAttribute("height")) > 0 && Number(r.getAttribute("width")) > 0)
            .length,
      );
      assert.ok(bars >= 128, `bars drawn: ${bars}`);
      const card = page.locator("#try-mining-share");
      const down = t.miningShare.choices[1];
      await card.getByLabel(down).check();
      await card.getByRole("button", { name: ed.msg.common.checkPrediction }).click();
      const answer = (await card.locator(".try-this-answer").textContent()) ?? "";
      assert.ok(answer.startsWith(ed.msg.common.right(down)), answer);
      assert.ok(answer.includes(t.miningShare.explain("", "").slice(0, 8)), answer);
      await assertClean(v, `${ed.lang} mtcnn mining`);
      await page.close();
    });

    test(`${ed.lang}: axe finds no serious or critical WCAG 2 A/AA violation on /${ed.prefix}mtcnn`, async () => {
      const v = await open();
      const { page } = v;
      await detected(page, ed, "Group photo");
      await page.waitForSelector(".crop-grid figure.kept");
      // Show the states that only appear on use: a step of the NMS table, an exercise's answer, the live
      // timing table, open details.
      await page.locator('.nms-stepper button[data-action="step"]').click();
      await page.locator("#try-nms-lower").getByRole("button", { name: ed.msg.common.checkPrediction }).click();
      await page.getByRole("button", { name: t.runTiming }).click();
      await page.locator("#forward-timing table", { hasText: t.timingColumns.measured }).waitFor({ timeout: TIMEOUT });
      await page.evaluate(() => {
        for (const d of document.querySelectorAll("details")) d.open = true;
      });
      // The sidebar (the site's, built by the config) is checked once for every page by everyPage.test.ts.
      assert.deepEqual(await axeViolations(page), []);
      await assertClean(v, `${ed.lang} mtcnn axe`);
      await page.close();
    });
  }

  // The backend in the address; WebGL's shaders are compiled by the warm-up (shape uniforms on, stand-in
  // weights): the faces must still be wasm's, up to rounding. English only: the language changes nothing here.
  test("en: ?backend=webgl opens on WebGL, warmed up, and finds the boxes wasm finds on the default photo", async () => {
    const boxes = async (route: string) => {
      const v = await site.open(`mtcnn${route}`);
      await v.page.waitForSelector("#detect-summary[data-boxes]", { timeout: TIMEOUT * 2 });
      const summary = (await v.page.locator("#detect-summary").textContent()) ?? "";
      const found = JSON.parse((await v.page.locator("#detect-summary").getAttribute("data-boxes")) ?? "[]") as number[][];
      await assertClean(v, `mtcnn${route}`);
      await v.page.close();
      return { summary, found };
    };
    const gl = await boxes("?backend=webgl");
    const wasm = await boxes("");
    assert.match(gl.summary, / on webgl/);
    assert.equal(gl.found.length, wasm.found.length, `${gl.summary} / ${wasm.summary}`);
    gl.found.forEach((b, i) => b.forEach((x, j) => assert.ok(Math.abs(x - wasm.found[i][j]) <= 2, `box ${i}: ${b} vs ${wasm.found[i]}`)));
  });
});
