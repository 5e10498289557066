/**
 * Every page as a visitor meets it, in a real browser: every page of observablehq.config.ts (read
 * from the config, so a new page is walked without editing this test) and the home page.
 * - Privacy by construction: each carries the Content-Security-Policy, and while it loads and runs its
 *   main flow no request leaves the site's origin and the browser reports no CSP violation
 *   (securitypolicyviolation events and the console's "Refused to …" errors, which `startSite` records).
 * - Nothing blank: once the flow has run (data loaded, the actions a chart waits for done), no chart
 *   has axes without marks.
 * - Nothing unreachable: axe-core finds no serious or critical WCAG 2 A/AA violation, and nothing that
 *   reacts to the mouse is out of the keyboard's reach.
 * - Both editions: every page is walked in English and in Chinese (the browser's language set to the
 *   edition's); `<html lang>` is the edition's, and a Chinese page's cells show no text of the English
 *   message table (harness/englishLeaks.ts; glossary terms aside).
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Page } from "playwright-core";
import config from "../../observablehq.config.js";
import { axeViolations } from "../../harness/axe.js";
import { cellErrors, recordViolations, startSite, unavailable, violations, type Site } from "../../harness/browser.js";
import { blankCharts, unreachableControls } from "../../harness/pageChecks.js";
import { EDITIONS, type Edition } from "../../harness/editions.js";
import { cellTexts, englishTexts, leaks } from "../../harness/englishLeaks.js";
import { TERMS } from "../../docs/components/glossary/terms.js";
import { flow as compareFlow } from "./flows/compare.js";
import { flow as facenetFlow } from "./flows/facenet.js";
import { flow as modelsFlow } from "./flows/models.js";
import { flow as mtcnnFlow } from "./flows/mtcnn.js";
import { flow as performanceFlow } from "./flows/performance.js";

const skip = unavailable();
const TIMEOUT = 180_000;

const text = (selector: string, pattern: RegExp) => async (page: Page, _ed?: Edition) => {
  await page.waitForFunction(([s, p]) => new RegExp(p).test(document.querySelector(s)?.textContent ?? ""), [selector, pattern.source] as const, {
    timeout: TIMEOUT,
  });
};

/** The main flow of each known page: what it computes once loaded, and the user actions after. */
const FLOWS: Record<string, (page: Page, ed: Edition) => Promise<void>> = {
  "": async (page) => void (await page.waitForSelector(".course-steps")),
  "/mtcnn": mtcnnFlow,
  "/facenet": facenetFlow,
  "/compare": compareFlow,
  "/lfw": text("#lfw-accuracy", /\d+\.\d\d %/),
  "/performance": performanceFlow,
  "/models": modelsFlow,
};

/** Routes to walk: every page in the config (each edition's section, headed by its home page), with its edition. */
function routes(): { route: string; page: string; ed: Edition }[] {
  type Entry = { path?: string | null; pages?: Entry[] };
  const flat = (entries: Entry[]): string[] => entries.flatMap((e) => [...(e.path ? [e.path] : []), ...(e.pages ? flat(e.pages) : [])]);
  return flat(config.pages as Entry[]).map((p) => {
    const ed = EDITIONS.find((e) => e.prefix && p.startsWith(`/${e.prefix}`)) ?? EDITIONS[0];
    const page = p.slice(1 + ed.prefix.length).replace(/\/$/, "");
    return { route: `${ed.prefix}${page}`, page: page ? `/${page}` : "", ed };
  });
}

/** The English UI texts a Chinese page must not show; glossary terms (English beside Chinese) aside. */
const ENGLISH = englishTexts(
  EDITIONS[0].msg,
  EDITIONS[1].msg,
  TERMS.map((t) => t.en),
);

describe("every page: privacy, nothing blank, nothing unreachable", { skip: skip ?? false }, () => {
  let site: Site;
  before(async () => {
    site = await startSite();
  });
  after(async () => {
    await site?.close();
  });

  for (const { route, page, ed } of routes()) {
    test(`/${route}: CSP in place, no request outside the origin; no blank chart; axe and keyboard clean; ${ed.lang} throughout`, async (t) => {
      const v = await site.open(route, { locale: ed.locale });
      assert.equal(await v.page.locator("html").getAttribute("lang"), ed.htmlLang, "<html lang>");
      // The language switch works (and the first visit is handled) only where the page loaded i18n.ts.
      await v.page.waitForFunction(() => (globalThis as { facelabI18n?: boolean }).facelabI18n === true, null, { timeout: 60_000 });
      await recordViolations(v.page);
      const csp = await v.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
      assert.ok(csp, "the page has a CSP");
      assert.match(csp, /default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ('unsafe-eval' )?(blob: )?'sha256-/);
      assert.doesNotMatch(csp, /https?:|\*|'unsafe-inline'[^;]*;(?<!style-src[^;]*;)/, "no other origin, no wildcard");
      const loadsVega = await v.page.evaluate(() => document.documentElement.outerHTML.includes("tfjs-vis"));
      assert.equal(csp.includes("'unsafe-eval'"), loadsVega, "eval only where tfjs-vis (vega) needs it");
      if (loadsVega) t.diagnostic(`${route}: 'unsafe-eval' for tfjs-vis's vega`);
      // tfjs's wasm threads are blob: workers loading a blob: script: allowed only where the threaded binary may run.
      const threads = await v.page.evaluate(() => document.documentElement.outerHTML.includes("tfjs-backend-wasm-threaded-simd"));
      assert.equal(/script-src[^;]* blob:/.test(csp) && /worker-src 'self' blob:;/.test(csp), threads, "blob: scripts and workers only for wasm threads");
      const flow =
        FLOWS[page] ??
        (async (page: Page) => {
          await page.waitForLoadState("networkidle");
          await page.waitForTimeout(3000);
        });
      if (!FLOWS[page]) t.diagnostic(`${route}: no flow known; checked the page load only`);
      await flow(v.page, ed);
      await v.page.waitForLoadState("networkidle");
      assert.deepEqual(v.external, [], "requests outside the site's origin");
      assert.deepEqual(await violations(v.page), [], "securitypolicyviolation events");
      assert.deepEqual(v.errors, [], "console errors (CSP violations are logged there), exceptions, failed responses");
      assert.deepEqual(await cellErrors(v.page), [], "cell errors");
      // A chart can still be drawing after the flow; give it a moment before calling it blank.
      let blank = await blankCharts(v.page);
      for (let i = 0; i < 20 && blank.length; i++) {
        await v.page.waitForTimeout(500);
        blank = await blankCharts(v.page);
      }
      assert.deepEqual(blank, [], "charts with axes and no marks");
      assert.deepEqual(await axeViolations(v.page), [], "axe-core: serious or critical WCAG 2 A/AA violations");
      assert.deepEqual(await unreachableControls(v.page), [], "clickable elements the keyboard cannot reach");
      if (ed.lang === "zh") assert.deepEqual(leaks(await cellTexts(v.page), ENGLISH), [], "English UI text on a Chinese page");
      await v.page.close();
    });
  }
});
