/**
 * The glossary pages in a real browser: English and Chinese each show every term once, in a table per
 * course part with headers in the page's language; a link to glossary#<id> lands on that row and
 * highlights it; both pages are clean (no cell error, no request off the site) and pass axe.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { TERMS } from "../../docs/components/glossary/terms.js";
import { axeViolations } from "../../harness/axe.js";
import { assertClean, startSite, unavailable, type Site } from "../../harness/browser.js";

const skip = unavailable();

describe("glossary pages", { skip: skip ?? false }, () => {
  let site: Site;
  before(async () => {
    site = await startSite();
  });
  after(async () => {
    await site?.close();
  });

  for (const [route, lang, header] of [
    ["/glossary", "en", "Course report’s word"],
    ["/zh/glossary", "zh", "课程报告中的用词"],
  ] as const) {
    test(`${route} lists every term in a row anchored by its id, with ${lang} headers, and passes axe`, async () => {
      const v = await site.open(route);
      await v.page.locator(".glossary-table").first().waitFor();
      const ids = await v.page.locator(".glossary-table tbody tr").evaluateAll((rows) => rows.map((r) => r.id));
      assert.deepEqual(
        ids,
        TERMS.map((t) => t.id),
      );
      assert.ok((await v.page.locator(".glossary-table thead th", { hasText: header }).count()) > 0, "headers in the page's language");
      assert.deepEqual(await axeViolations(v.page), [], `${route}: axe serious/critical violations`);
      await assertClean(v, route);
      await v.page.close();
    });
  }

  test("a link to glossary#nms lands on the NMS row and highlights it", async () => {
    const v = await site.open("/glossary#nms");
    const row = v.page.locator("tr#nms");
    await row.waitFor();
    await v.page.waitForFunction(() => document.querySelector(":target")?.id === "nms");
    const [plain, targeted] = await v.page.evaluate(() => [
      getComputedStyle(document.querySelector("tr#iou") as Element).backgroundColor,
      getComputedStyle(document.querySelector("tr#nms") as Element).backgroundColor,
    ]);
    assert.notEqual(targeted, plain, "the targeted row has its own background");
    assert.ok(await row.isVisible());
    await assertClean(v, "/glossary#nms");
    await v.page.close();
  });
});
