/**
 * The "From facenet's scripts to this site" page in a real browser, in both editions: it loads cleanly
 * and offline-safe, shows the measured ablations and the pair-distance histogram, its exercises answer
 * from the data, the scale switch works from the keyboard and is kept in the address, and axe finds
 * nothing serious. Every text looked for comes from the edition's message table. The page's work is one
 * decode of the 6.8 MB embeddings, so both editions run the whole flow (about 10 s each).
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { axeViolations } from "../../harness/axe.js";
import { assertClean, startSite, unavailable, type Site } from "../../harness/browser.js";
import { EDITIONS, literal } from "../../harness/editions.js";

const skip = unavailable();

/** A pattern for a message function's output: its literal parts, anything where an argument goes. */
// biome-ignore lint/suspicious/noExplicitAny: message functions take strings or numbers
const shape = (f: (...args: any[]) => string, arity: number): string =>
  f(...Array.from({ length: arity }, () => "\u0000"))
    .split("\u0000")
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");

describe("From facenet's scripts page", { skip: skip ?? false }, () => {
  let site: Site;
  before(async () => {
    site = await startSite();
  });
  after(async () => {
    await site?.close();
  });

  for (const ed of EDITIONS) {
    const t = ed.msg.fromFacenet;
    const common = ed.msg.common;
    test(`${ed.lang}: renders the mapping, the ablations and the histogram; exercises and the scale switch work`, async () => {
      const v = await site.open(`${ed.prefix}from-facenet`, { locale: ed.locale });
      const page = v.page;
      await page.locator(".ablation-table tbody tr").first().waitFor({ timeout: 60_000 });
      assert.ok((await page.locator(".ablation-table tbody tr").count()) >= 6, "one line per variant and metric");
      assert.equal(await page.locator('table a[href="./lfw"]').count(), 1, "the mapping table links the LFW page");
      assert.equal(await page.locator(".try-this").count(), 3);
      const chartPrefix = t.chartDescription("\u0000").split("\u0000")[0];
      const dots = page.locator(`svg[role="img"][aria-label^="${chartPrefix}"] circle`);
      assert.ok((await dots.count()) >= 7, "a dot per measured line and per quoted run");

      // The histogram draws bars once the embeddings are in, on dlib's scale with its 0.6.
      const rawPrefix = t.rawDescription("\u0000").split("\u0000")[0];
      const histogram = page.locator(`svg[role="img"][aria-label^="${rawPrefix}"]`);
      await histogram.waitFor({ timeout: 60_000 });
      assert.ok((await histogram.locator("rect").count()) > 20, "bars are drawn");
      assert.match((await histogram.getAttribute("aria-label")) ?? "", new RegExp(shape(t.rawDescription, 1).replace(".*", "9\\d\\.\\d %")));

      // Keyboard only: focus the second scale, select it with Space.
      const facenetScale = page.getByLabel(t.scales.facenet);
      await facenetScale.focus();
      await page.keyboard.press("Space");
      const unitPrefix = t.unitDescription("\u0000", "", "").split("\u0000")[0];
      await page.waitForFunction(
        ([prefix, pattern]) => new RegExp(pattern).test(document.querySelector(`svg[role="img"][aria-label^="${prefix}"]`)?.getAttribute("aria-label") ?? ""),
        [unitPrefix, shape(t.unitDescription, 3)],
      );
      assert.match(page.url(), /[?&]scale=facenet/);

      // An exercise answers from the live distances: FaceNet's 1.1 on our embeddings is a coin toss.
      const card = page.locator("#try-foreign-threshold");
      await card.getByLabel(t.choice99).check();
      await card.getByRole("button", { name: common.checkPrediction }).click();
      const answer = await card.locator(".try-this-answer").innerText();
      assert.ok(answer.startsWith(common.notQuite(t.choice50)), answer);
      assert.match(answer, new RegExp(shape(t.foreignExplain, 4)));
      assert.ok(answer.includes("6,000"), "the pair count, grouped");

      const other = page.locator("#try-costliest-switch");
      await other.getByRole("button", { name: common.checkPrediction }).click();
      assert.match(
        await other.locator(".try-this-answer").innerText(),
        new RegExp(shape(t.costliestExplain, 1).replace(".*", `${literal(t.choiceDropFlip).source} -?\\d.*`)),
      );

      const serious = await axeViolations(page);
      assert.deepEqual(serious, [], "axe: serious or critical WCAG 2 A/AA violations on this page");
      await assertClean(v, `${ed.prefix}from-facenet`);
      await page.close();
    });
  }
});
