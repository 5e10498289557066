/**
 * The FaceNet and Compare pages as lessons, in a real browser: the pipeline diagram and the exercises
 * render, the triplet explorer's points move with the keyboard and show their focus, the training
 * charts wait with a placeholder instead of empty axes, the compare page's pair lives in its address
 * (a link opens the same pair), and axe-core finds no serious or critical WCAG 2 A/AA violation beyond
 * the three site-wide ones fixed elsewhere (html-has-lang, the sidebar's list, sidebar/prose link contrast).
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { axeViolations } from "../../harness/axe.js";
import { assertClean, startSite, unavailable, type Site } from "../../harness/browser.js";

const skip = unavailable();
const TIMEOUT = 120_000;

describe("FaceNet and Compare pages", { skip: skip ?? false }, () => {
  let site: Site;
  before(async () => {
    site = await startSite();
  });
  after(async () => {
    await site?.close();
  });

  test("the FaceNet page: pipeline, keyboard triplet explorer with live exercises, training placeholders, no axe violations", async (t) => {
    const v = await site.open("facenet");
    const { page } = v;
    await page.locator("svg.facenet-pipeline").waitFor();
    assert.match(
      (await page.locator("svg.facenet-pipeline").getAttribute("aria-label")) ?? "",
      /Batch .* Deep architecture .* L2 normalisation .* Embedding .* Triplet loss/,
    );

    // Keyboard: Tab reaches the negative point, the arrow keys move it, the focus ring is visible.
    const negative = page.locator(".triplet-explorer g.pt-negative");
    const readout = page.locator(".triplet-readout");
    const before = await readout.innerText();
    await negative.focus();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Shift+Tab"); // keyboard focus, so :focus-visible applies
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains("pt-negative")), true);
    const ring = await negative.locator(".focus-ring").evaluate((c) => getComputedStyle(c).stroke);
    assert.notEqual(ring, "none", "the focused point shows a ring");
    for (let i = 0; i < 20; i++) await page.keyboard.press("ArrowRight");
    assert.notEqual(await readout.innerText(), before, "the arrow keys move the point and the read-out follows");
    // Bring the negative onto the anchor: a hard triplet; the exercise's answer is computed from it.
    const anchorAngle = Number(await page.locator(".triplet-explorer g.pt-anchor").getAttribute("aria-valuenow"));
    for (let k = 0; k < 120 && Math.abs(Number(await negative.getAttribute("aria-valuenow")) - anchorAngle) > 3; k++) await page.keyboard.press("ArrowRight");
    assert.match(await readout.innerText(), /hard/);
    const card = page.locator("#try-hard-loss");
    await card.getByLabel("more than α").check();
    await card.getByRole("button", { name: "Check my prediction" }).click();
    assert.match(await card.locator(".try-this-answer").innerText(), /^Right: more than α\. .*loss = /s);

    // The mini-batch, then the mining exercise computed on it.
    await page.waitForFunction(
      () => /48 faces of 12 people → 72 anchor–positive pairs/.test(document.querySelector("#batch-summary")?.textContent ?? ""),
      null,
      {
        timeout: TIMEOUT,
      },
    );
    const mining = page.locator("#try-mining-margin");
    await mining.getByRole("button", { name: "Check my prediction" }).click();
    const miningText = await mining.locator(".try-this-answer").innerText();
    t.diagnostic(`mining exercise: ${miningText}`);
    assert.match(miningText, /Answer: stays the same\. .* at α = 0\.2, .* at α = 0\.5/s);

    // Training: placeholders say what to press; no chart is drawn before there is a line.
    const training = page.locator(".triplet-training");
    await page.waitForFunction(() => /%/.test(document.querySelector(".triplet-training .devtest-accuracy")?.textContent ?? ""), null, { timeout: TIMEOUT });
    assert.match(await training.locator(".loss-chart .chart-placeholder").innerText(), /Press Start/);
    assert.match(await training.locator(".active-chart .chart-placeholder").innerText(), /Press Start/);
    assert.match(await training.locator(".accuracy-chart .chart-placeholder").innerText(), /^Untrained: \d+\.\d %\. Press Start/);
    assert.equal(await training.locator("canvas").count(), 0, "no empty axes before training");

    const found = await axeViolations(page);
    t.diagnostic(`axe on /facenet: ${found.length ? found.join("\n") : "none"}`);
    assert.deepEqual(found, []);
    await assertClean(v, "facenet lesson");
    await page.close();
  });

  test("the FaceNet page's training draws its curves once it has two points", async () => {
    const v = await site.open("facenet");
    const training = v.page.locator(".triplet-training");
    await v.page.waitForFunction(() => !document.querySelector<HTMLButtonElement>(".triplet-training button")?.disabled, null, { timeout: TIMEOUT });
    await training.getByRole("button", { name: "Start" }).click();
    await v.page.waitForFunction(() => Number(document.querySelector(".triplet-training .step-count")?.textContent) >= 26, null, { timeout: TIMEOUT });
    await training.getByRole("button", { name: "Pause" }).click();
    await v.page.waitForFunction(() => document.querySelectorAll(".triplet-training .accuracy-chart canvas").length > 0, null, { timeout: TIMEOUT });
    assert.equal(await training.locator(".chart-placeholder").count(), 0, "every placeholder gave way to its chart");
    assert.equal(await training.locator(".loss-chart canvas").count(), 1);
    assert.deepEqual(await axeViolations(v.page), [], "the drawn tfjs-vis charts add no violation");
    await assertClean(v, "facenet training charts");
    await v.page.close();
  });

  test("the compare page keeps its pair in the address, and opening a link shows the same pair", async (t) => {
    const v = await site.open("compare?b=group&fb=2");
    const { page } = v;
    await page.waitForFunction(() => /6 faces — choose one/.test(document.body.textContent ?? ""), null, { timeout: TIMEOUT });
    await page.waitForFunction(() => /different people/.test(document.querySelector("#verdict")?.textContent ?? ""), null, { timeout: TIMEOUT });
    const pickerB = page.locator(".face-picker").nth(1);
    assert.equal(await pickerB.locator("button").nth(2).getAttribute("class"), "chosen", "the linked face of photo B is chosen");
    assert.match(await page.locator(".photo-picker-status").nth(1).innerText(), /^Group photo/);
    assert.match(page.url(), /[?&]b=group/);
    assert.match(page.url(), /[?&]fb=2/);

    // The group-photo exercise answers from the faces on screen: nobody there is Anthony Hopkins.
    const group = page.locator("#try-group-photo");
    await group.getByLabel("no").check();
    await group.getByRole("button", { name: "Check my prediction" }).click();
    assert.match(await group.locator(".try-this-answer").innerText(), /^Right: no\. The closest of the 6 faces in photo B is face \d, at 0\.\d{3}/);

    // Choosing another sample writes it into the address; a default is left out.
    await page.locator(".photo-picker").first().getByRole("button", { name: "Portrait" }).click();
    await page.waitForFunction(() => /[?&]a=portrait/.test(location.search), null, { timeout: TIMEOUT });
    const link = page.url();
    t.diagnostic(`link to this view: ${link}`);
    assert.equal(await page.locator(".share-link button").count(), 1, "the link button is there");

    const w = await site.open(`compare${new URL(link).search}`);
    await w.page.waitForFunction(() => /^Portrait/.test(document.querySelectorAll(".photo-picker-status")[0]?.textContent ?? ""), null, { timeout: TIMEOUT });
    await w.page.waitForFunction(() => /6 faces — choose one/.test(document.body.textContent ?? ""), null, { timeout: TIMEOUT });
    await w.page.waitForFunction(() => document.querySelector("#verdict:not(.muted)") !== null, null, { timeout: TIMEOUT });
    assert.equal(await w.page.locator(".face-picker").nth(1).locator("button").nth(2).getAttribute("class"), "chosen");
    assert.equal(await w.page.locator("#verdict").innerText(), await page.locator("#verdict").innerText(), "the same pair, the same distance");

    // The matrix and its exercise, then the page's own accessibility.
    await w.page.waitForFunction(() => document.querySelectorAll("svg g.matrix-cell rect").length >= 144, null, {
      timeout: TIMEOUT,
    });
    const card = w.page.locator("#try-matrix-under");
    await card.getByRole("button", { name: "Check my prediction" }).click();
    assert.match(await card.locator(".try-this-answer").innerText(), /of the 66 pairs are under/);
    const found = await axeViolations(w.page);
    t.diagnostic(`axe on /compare: ${found.length ? found.join("\n") : "none"}`);
    assert.deepEqual(found, []);
    await assertClean(v, "compare linked");
    await assertClean(w, "compare reopened");
    await page.close();
    await w.page.close();
  });
});
