/**
 * The LFW page's Chinese edition in a real browser. The English edition's flow is in site.test.ts
 * (measured accuracy, the slider moving the confusion counts, the address restoring the threshold and
 * the photo, an exercise's answer, the live alignment figure); this file runs the same checks on
 * /zh/lfw, with every text looked for taken from the Chinese message table, in one visit (MTCNN loads
 * once) so the suite stays short.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { axeViolations } from "../../harness/axe.js";
import { assertClean, startSite, unavailable, type Site } from "../../harness/browser.js";
import { EDITIONS } from "../../harness/editions.js";
import { ROOT } from "../../harness/paths.js";
import { parsePairs } from "../../src/lfw/pairs.js";
import { confusionAt } from "../../docs/components/lfw/confusionAt.js";
import { lfwThreshold } from "../../docs/components/lfwThreshold.js";
import { pct } from "../../docs/components/pct.js";

const skip = unavailable();
const TIMEOUT = 120_000;
const zh = EDITIONS.find((e) => e.lang === "zh");

describe("LFW page, Chinese edition", { skip: skip ?? (zh ? false : "no Chinese edition") }, () => {
  let site: Site;
  before(async () => {
    site = await startSite();
  });
  after(async () => {
    await site?.close();
  });

  test("zh: the address restores threshold and photo, the cards count, an exercise answers, both crops are drawn", async () => {
    const ed = zh as NonNullable<typeof zh>;
    const t = ed.msg.lfw;
    const results = JSON.parse(readFileSync(path.join(ROOT, "data/lfw/results.json"), "utf8"));
    const pairs = parsePairs(readFileSync(path.join(ROOT, "data/lfw/pairs.txt"), "utf8")).map((p, i) => ({ ...p, d: Math.sqrt(results.distances[i]) }));
    const protocol = +lfwThreshold(results).toFixed(3);
    const [base, expected] = [confusionAt(pairs, protocol), confusionAt(pairs, 0.45)];

    const v = await site.open(`${ed.prefix}lfw?threshold=0.45&photo=Serena_Williams_0002.jpg`, { locale: ed.locale });
    const page = v.page;
    await page.waitForFunction(() => /\d+\.\d\d %/.test(document.querySelector("#lfw-accuracy")?.textContent ?? ""), null, { timeout: TIMEOUT });
    await page.waitForFunction(() => document.querySelectorAll("#confusion .big").length === 4, null, { timeout: TIMEOUT });
    assert.equal(await page.getByLabel(t.thresholdLabel).first().inputValue(), "0.45");
    assert.deepEqual((await page.locator("#confusion .big").allInnerTexts()).map(Number), [expected.TP, expected.FP, expected.TN, expected.FN]);
    assert.equal(await page.getByRole("button", { name: ed.msg.common.linkToView }).count(), 1);

    // The results table and the charts speak Chinese.
    assert.equal(await page.locator(".results-table th").first().innerText(), t.colModel);
    await page.locator(`svg[role="img"][aria-label="${t.histogramDescription(lfwThreshold(results).toFixed(2))}"]`).waitFor({ timeout: TIMEOUT });
    const roc = `svg[role="img"][aria-label="${t.rocDescription("0.450", pct(expected.TP / 3000, 2), pct(expected.FP / 3000, 3))}"]`;
    assert.equal(await page.locator(roc).count(), 1, "the ROC chart describes the chosen threshold");

    // The mistakes gallery: the count line, then the other kind of error.
    await page.locator("#mistakes-source").scrollIntoViewIfNeeded(); // its thumbnails load once it nears the screen
    const fn = pairs.filter((p) => p.same && p.d >= 0.45).length;
    await page.getByText(t.mistakesCount(fn, Math.min(60, fn))).waitFor();
    await page.getByLabel(t.kinds.FP).check();
    await page.getByText(t.mistakesCount(expected.FP, Math.min(60, expected.FP))).waitFor();

    const card = page.locator("#try-threshold-up");
    await card.getByLabel(t.choiceFP).check();
    await card.getByRole("button", { name: ed.msg.common.checkPrediction }).click();
    const answer = await card.locator(".try-this-answer").innerText();
    const explain = t.errorTradeExplain(
      protocol.toFixed(3),
      "0.450",
      base.FP,
      expected.FP,
      base.FN,
      expected.FN,
      pct(base.accuracy, 2),
      pct(expected.accuracy, 2),
    );
    assert.equal(answer, `${ed.msg.common.right(t.choiceFP)}${explain}`.trim());

    // The alignment figure, computed live once scrolled to, with its Chinese captions.
    const figure = page.locator(".alignment-figure");
    await figure.scrollIntoViewIfNeeded();
    await page.locator(".alignment-figure[data-done]").waitFor({ timeout: TIMEOUT });
    const sizes = await figure.locator("canvas").evaluateAll((cs) => cs.map((c) => `${(c as HTMLCanvasElement).width}×${(c as HTMLCanvasElement).height}`));
    assert.deepEqual(sizes, ["250×250", "160×160", "150×150"]);
    assert.deepEqual(await figure.locator("figcaption").allInnerTexts(), [
      t.photoCaption("Serena Williams 0002", 250, 250),
      t.marginCaption(160, 160),
      t.chipCaption(150, 150),
    ]);

    assert.deepEqual(await axeViolations(page), [], "zh/lfw: axe serious/critical violations");
    await assertClean(v, "zh/lfw");
    await page.close();
  });
});
