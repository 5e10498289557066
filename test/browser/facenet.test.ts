/**
 * The FaceNet and Compare pages as lessons, in a real browser, in both editions: the pipeline diagram
 * and the exercises render, the triplet explorer's points move with the keyboard and show their focus,
 * the training charts wait with a placeholder instead of empty axes, the compare page's pair lives in
 * its address (a link opens the same pair), and axe-core finds no serious or critical WCAG 2 A/AA
 * violation. Every text looked for comes from the edition's message table.
 *
 * CI time: the FaceNet lesson (live mini-batch, exercises, axe) runs on both editions; the training
 * run (tens of optimiser steps) and the compare page's link round trip run on English only, and the
 * Chinese compare test keeps the linked pair, its verdict, both exercises and axe.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { axeViolations } from "../../harness/axe.js";
import { assertClean, startSite, unavailable, type Site } from "../../harness/browser.js";
import { EDITIONS, literal } from "../../harness/editions.js";

const skip = unavailable();

const TIMEOUT = 120_000;

let site: Site;
before(async () => {
  if (!skip) site = await startSite();
});
after(async () => {
  await site?.close();
});

for (const ed of EDITIONS) {
  const f = ed.msg.facenet,
    c = ed.msg.compare,
    common = ed.msg.common;
  const full = ed.lang === "en";

  describe(`${ed.lang}: FaceNet and Compare pages`, { skip: skip ?? false }, () => {
    test("the FaceNet page: pipeline, keyboard triplet explorer with live exercises, training placeholders, no axe violations", async (t) => {
      const v = await site.open(`${ed.prefix}facenet`, { locale: ed.locale });
      const { page } = v;
      await page.locator("svg.facenet-pipeline").waitFor();
      assert.match(
        (await page.locator("svg.facenet-pipeline").getAttribute("aria-label")) ?? "",
        new RegExp(f.pipeline.steps.map((s) => literal(s.title).source).join(".*")),
      );

      // Keyboard: Tab reaches the negative point, the arrow keys move it, the focus ring is visible.
      const negative = page.locator(".triplet-explorer g.pt-negative");
      const readout = page.locator(".triplet-readout");
      const before = await readout.innerText();
      await negative.focus();
      await page.keyboard.press("Tab");
      await page.keyboard.press("Shift+Tab"); // keyboard focus, so :focus-visible applies
      assert.equal(await page.evaluate(() => document.activeElement?.classList.contains("pt-negative")), true);
      const ring = await negative.locator(".focus-ring").evaluate((el) => getComputedStyle(el).stroke);
      assert.notEqual(ring, "none", "the focused point shows a ring");
      for (let i = 0; i < 20; i++) await page.keyboard.press("ArrowRight");
      assert.notEqual(await readout.innerText(), before, "the arrow keys move the point and the read-out follows");
      // Bring the negative onto the anchor: a hard triplet; the exercise's answer is computed from it.
      const anchorAngle = Number(await page.locator(".triplet-explorer g.pt-anchor").getAttribute("aria-valuenow"));
      for (let k = 0; k < 120 && Math.abs(Number(await negative.getAttribute("aria-valuenow")) - anchorAngle) > 3; k++) await page.keyboard.press("ArrowRight");
      assert.equal(await readout.locator(".kind").getAttribute("data-kind"), "hard");
      assert.equal(await readout.locator(".kind").innerText(), f.kinds.hard);
      const card = page.locator("#try-hard-loss");
      await card.getByLabel(f.hardLossChoices.more, { exact: true }).check();
      await card.getByRole("button", { name: common.checkPrediction }).click();
      const hardText = await card.locator(".try-this-answer").innerText();
      assert.ok(hardText.startsWith(common.right(f.hardLossChoices.more)), hardText);
      assert.match(hardText, new RegExp(`${literal(f.loss).source} = `));

      // The mini-batch, then the mining exercise computed on it.
      const count = f.batchCount(48, 12, 72);
      await page.waitForFunction((text) => (document.querySelector("#batch-summary")?.textContent ?? "").includes(text), count, { timeout: TIMEOUT });
      const mining = page.locator("#try-mining-margin");
      await mining.getByRole("button", { name: common.checkPrediction }).click();
      const miningText = await mining.locator(".try-this-answer").innerText();
      t.diagnostic(`mining exercise: ${miningText}`);
      assert.ok(miningText.startsWith(common.answer(f.miningChoices.same)), miningText);
      assert.match(miningText, /α = 0\.2.*α = 0\.5/s);
      assert.ok((await page.locator(".triplet-table tbody tr").count()) >= 6, "a row per anchor–positive pair of the first person");

      // Training: placeholders say what to press; no chart is drawn before there is a line.
      await page.locator("#training-summary").scrollIntoViewIfNeeded(); // the training faces load once the section nears the screen
      const training = page.locator(".triplet-training");
      await page.waitForFunction(() => /%/.test(document.querySelector(".triplet-training .devtest-accuracy")?.textContent ?? ""), null, { timeout: TIMEOUT });
      assert.equal(await training.locator(".loss-chart .chart-placeholder").innerText(), f.training.lossPlaceholder);
      assert.equal(await training.locator(".active-chart .chart-placeholder").innerText(), f.training.activePlaceholder);
      const untrained = new RegExp(`^${literal(f.training.untrained("ACC", 25)).source.replace("ACC", "\\d+\\.\\d %")}$`);
      assert.match(await training.locator(".accuracy-chart .chart-placeholder").innerText(), untrained);
      assert.equal(await training.locator("canvas").count(), 0, "no empty axes before training");
      assert.equal(await training.getByRole("button", { name: f.training.start }).count(), 1);

      const found = await axeViolations(page);
      t.diagnostic(`axe on /${ed.prefix}facenet: ${found.length ? found.join("\n") : "none"}`);
      assert.deepEqual(found, []);
      await assertClean(v, `${ed.lang} facenet lesson`);
      await page.close();
    });

    test("the FaceNet page's training draws its curves once it has two points", { skip: !full && "English only (CI time)" }, async () => {
      const v = await site.open(`${ed.prefix}facenet`, { locale: ed.locale });
      await v.page.locator("#training-summary").scrollIntoViewIfNeeded();
      const training = v.page.locator(".triplet-training");
      await v.page.waitForFunction(() => !document.querySelector<HTMLButtonElement>(".triplet-training button")?.disabled, null, { timeout: TIMEOUT });
      await training.getByRole("button", { name: f.training.start }).click();
      await v.page.waitForFunction(() => Number(document.querySelector(".triplet-training .step-count")?.textContent) >= 26, null, { timeout: TIMEOUT });
      await training.getByRole("button", { name: f.training.pause }).click();
      await v.page.waitForFunction(() => document.querySelectorAll(".triplet-training .accuracy-chart canvas").length > 0, null, { timeout: TIMEOUT });
      assert.equal(await training.locator(".chart-placeholder").count(), 0, "every placeholder gave way to its chart");
      assert.equal(await training.locator(".loss-chart canvas").count(), 1);
      assert.deepEqual(await axeViolations(v.page), [], "the drawn tfjs-vis charts add no violation");
      await assertClean(v, "facenet training charts");
      await v.page.close();
    });

    test("the compare page keeps its pair in the address, and opening a link shows the same pair", async (t) => {
      const v = await site.open(`${ed.prefix}compare?b=group&fb=2`, { locale: ed.locale });
      const { page } = v;
      const sixFaces = c.chooseFace(6);
      await page.waitForFunction((text) => (document.body.textContent ?? "").includes(text), sixFaces, { timeout: TIMEOUT });
      await page.waitForFunction((text) => (document.querySelector("#verdict")?.textContent ?? "").includes(text), c.different, { timeout: TIMEOUT });
      const pickerB = page.locator(".face-picker").nth(1);
      assert.equal(await pickerB.locator("button").nth(2).getAttribute("class"), "chosen", "the linked face of photo B is chosen");
      assert.ok((await page.locator(".photo-picker-status").nth(1).innerText()).startsWith(c.samples.group));
      assert.match(page.url(), /[?&]b=group/);
      assert.match(page.url(), /[?&]fb=2/);

      // The group-photo exercise answers from the faces on screen: nobody there is Anthony Hopkins.
      const group = page.locator("#try-group-photo");
      await group.getByLabel(c.yesNo.no, { exact: true }).check();
      await group.getByRole("button", { name: common.checkPrediction }).click();
      const groupText = await group.locator(".try-this-answer").innerText();
      assert.ok(groupText.startsWith(common.right(c.yesNo.no)), groupText);
      assert.match(groupText, /0\.\d{3}/);

      // The matrix and its exercise, computed on the page's twelve faces.
      await page.waitForFunction(() => document.querySelectorAll("svg g.matrix-cell rect").length >= 144, null, { timeout: TIMEOUT });
      const card = page.locator("#try-matrix-under");
      await card.getByRole("button", { name: common.checkPrediction }).click();
      const matrixText = await card.locator(".try-this-answer").innerText();
      t.diagnostic(`matrix exercise: ${matrixText}`);
      assert.match(matrixText, /\b66\b/);
      const found = await axeViolations(page);
      t.diagnostic(`axe on /${ed.prefix}compare: ${found.length ? found.join("\n") : "none"}`);
      assert.deepEqual(found, []);

      if (full) {
        // Choosing another sample writes it into the address; the link opens the same pair.
        await page.locator(".photo-picker").first().getByRole("button", { name: c.samples.portrait }).click();
        await page.waitForFunction(() => /[?&]a=portrait/.test(location.search), null, { timeout: TIMEOUT });
        const link = page.url();
        t.diagnostic(`link to this view: ${link}`);
        assert.equal(await page.locator(".share-link button").count(), 1, "the link button is there");
        const w = await site.open(`${ed.prefix}compare${new URL(link).search}`, { locale: ed.locale });
        await w.page.waitForFunction((name) => (document.querySelectorAll(".photo-picker-status")[0]?.textContent ?? "").startsWith(name), c.samples.portrait, {
          timeout: TIMEOUT,
        });
        await w.page.waitForFunction((text) => (document.body.textContent ?? "").includes(text), sixFaces, { timeout: TIMEOUT });
        await w.page.waitForFunction(() => document.querySelector("#verdict:not(.muted)") !== null, null, { timeout: TIMEOUT });
        assert.equal(await w.page.locator(".face-picker").nth(1).locator("button").nth(2).getAttribute("class"), "chosen");
        assert.equal(await w.page.locator("#verdict").innerText(), await page.locator("#verdict").innerText(), "the same pair, the same distance");
        await assertClean(w, "compare reopened");
        await w.page.close();
      }
      await assertClean(v, `${ed.lang} compare linked`);
      await page.close();
    });
  });
}
