/**
 * The two editions as a reader meets them: the switch in the header keeps the page and its state
 * (the address's query and hash), the root home page follows the browser's language on a first visit
 * and the reader's choice after that, a page reached directly offers the other edition once, and each
 * edition has its own sidebar and footer.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Page } from "playwright-core";
import { cellErrors, startSite, unavailable, type Site } from "../../harness/browser.js";
import { EDITIONS } from "../../harness/editions.js";
import { offer as zhOffer } from "../../docs/components/messages/zh/offer.js";

const skip = unavailable();

/** Waits for docs/components/i18n.ts, which makes the switch carry the page's state. */
const languageModule = (page: Page) => page.waitForFunction(() => (globalThis as { facelabI18n?: boolean }).facelabI18n === true, null, { timeout: 60_000 });
const [EN] = EDITIONS;

/** The page's path within the site (the test server mounts it under a sub-path). */
let base = "/";
const pathOf = (page: Page) => `/${new URL(page.url()).pathname.slice(base.length).replace(/\.html$/, "")}`;

describe("two editions: switch, first visit, sidebars", { skip: skip ?? false }, () => {
  let site: Site;
  before(async () => {
    site = await startSite();
    base = new URL(site.url).pathname;
  });
  after(async () => {
    await site?.close();
  });

  test("the switch leads to the same page in the other edition with the same state, and back", async () => {
    const v = await site.open("compare?b=group&fb=2#faces", { locale: EN.locale });
    // Until the page's scripts run, the switch is a plain link to the same page (without its state).
    await languageModule(v.page);
    await v.page.locator("a.lang-switch").click();
    await v.page.waitForURL(/\/zh\/compare/);
    const url = new URL(v.page.url());
    assert.equal(pathOf(v.page), "/zh/compare");
    assert.equal(url.search, "?b=group&fb=2", "the page's state travels with the reader");
    assert.equal(url.hash, "#faces");
    assert.equal(await v.page.locator("html").getAttribute("lang"), "zh-CN");
    assert.equal(await v.page.locator(".edition-switch [aria-current]").textContent(), "中文");
    // The page read its state from the address: the second picker holds the group photo, in Chinese.
    await v.page.waitForFunction(() => document.querySelectorAll(".photo-picker-status").length >= 2);
    await languageModule(v.page);
    await v.page.locator("a.lang-switch").click();
    await v.page.waitForURL((u) => !u.pathname.includes("/zh/"));
    assert.equal(pathOf(v.page), "/compare");
    assert.equal(new URL(v.page.url()).search, "?b=group&fb=2");
    assert.deepEqual(await cellErrors(v.page), []);
    assert.deepEqual(v.external, []);
    await v.page.close();
  });

  test("first visit: the root follows the browser's language; the reader's choice is remembered", async () => {
    const zhReader = await site.open("", { locale: "zh-CN" });
    await zhReader.page.waitForURL(/\/zh\/$/);
    assert.equal(await zhReader.page.locator("html").getAttribute("lang"), "zh-CN");
    // The reader picks English: the root no longer sends them to the Chinese home.
    await languageModule(zhReader.page);
    await zhReader.page.locator("a.lang-switch").click();
    await zhReader.page.waitForURL((u) => u.pathname === base);
    await zhReader.page.goto(`${site.url}`);
    await zhReader.page.waitForTimeout(1000);
    assert.equal(pathOf(zhReader.page), "/", "the remembered choice wins over the browser's language");
    await zhReader.page.close();

    const enReader = await site.open("", { locale: "en-US" });
    await enReader.page.waitForSelector(".course-steps");
    assert.equal(pathOf(enReader.page), "/");
    await enReader.page.close();
  });

  test("a page reached directly keeps its edition and offers the other one once, in the other language", async () => {
    const v = await site.open("mtcnn", { locale: "zh-CN" });
    const offer = v.page.locator(".edition-offer");
    await offer.waitFor();
    assert.equal(pathOf(v.page), "/mtcnn", "no redirect away from an address that names its edition");
    assert.equal(await offer.getAttribute("lang"), "zh-CN");
    assert.match((await offer.textContent()) ?? "", new RegExp(zhOffer.switch));
    await offer.getByRole("button", { name: zhOffer.stay }).click();
    assert.equal(await offer.count(), 0);
    await v.page.reload();
    await v.page.waitForTimeout(1500);
    assert.equal(await v.page.locator(".edition-offer").count(), 0, "the choice to stay is remembered");
    await v.page.close();

    const same = await site.open("zh/mtcnn", { locale: "zh-CN" });
    await same.page.waitForTimeout(1500);
    assert.equal(await same.page.locator(".edition-offer").count(), 0, "no offer when the page is in the browser's language");
    await same.page.close();
  });

  for (const ed of EDITIONS) {
    test(`${ed.lang}: the sidebar lists only this edition's pages, the footer speaks its language`, async () => {
      const v = await site.open(`${ed.prefix}lfw`, { locale: ed.locale });
      const links = (
        await v.page
          .locator("#observablehq-sidebar a")
          .evaluateAll((as) =>
            as
              .filter((a) => (a as HTMLElement).offsetParent !== null)
              .map((a) => ({ text: a.textContent ?? "", href: new URL((a as HTMLAnchorElement).href).pathname })),
          )
      ).map((l) => ({ ...l, href: `/${l.href.slice(base.length)}` }));
      assert.ok(links.length >= 12, `${links.length} visible sidebar links`);
      for (const { text, href } of links) {
        assert.equal(href.startsWith("/zh/"), ed.lang === "zh", `${text} → ${href}`);
      }
      const chinese = links.filter((l) => /[\u4e00-\u9fff]/.test(l.text)).length;
      if (ed.lang === "zh") assert.ok(chinese >= links.length - 2, `${chinese} of ${links.length} sidebar names in Chinese`);
      else assert.equal(chinese, 0, "no Chinese in the English sidebar");
      const footer = (await v.page.locator("#observablehq-footer").textContent()) ?? "";
      assert.equal(/[\u4e00-\u9fff]/.test(footer), ed.lang === "zh", `footer: ${footer.slice(0, 80)}`);
      await v.page.close();
    });
  }
});
