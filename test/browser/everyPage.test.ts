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
 */
import assert from "node:assert/strict";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import type { Page } from "playwright-core";
import config from "../../observablehq.config.js";
import { ROOT } from "../../harness/paths.js";
import { axeViolations } from "../../harness/axe.js";
import { cellErrors, recordViolations, startSite, unavailable, violations, type Site } from "../../harness/browser.js";
import { blankCharts, unreachableControls } from "../../harness/pageChecks.js";

const skip = unavailable();
const TIMEOUT = 180_000;

const text = (selector: string, pattern: RegExp) => async (page: Page) => {
  await page.waitForFunction(([s, p]) => new RegExp(p).test(document.querySelector(s)?.textContent ?? ""), [selector, pattern.source] as const, {
    timeout: TIMEOUT,
  });
};

/** The main flow of each known page: what it computes once loaded, and the user actions after. */
const FLOWS: Record<string, (page: Page) => Promise<void>> = {
  "": async (page) => void (await page.waitForSelector(".course-steps")),
  "/mtcnn": async (page) => {
    await text("#detect-summary", /6 faces in Group photo/)(page);
    await page.locator('.photo-picker input[type="file"]').setInputFiles(path.join(ROOT, "docs/photos/portrait.jpg"));
    await text("#detect-summary", /in portrait\.jpg/)(page);
    await page.getByRole("button", { name: "Run 300 forward passes" }).click();
    await page.locator("table", { hasText: "measured live (s)" }).waitFor({ timeout: TIMEOUT });
  },
  "/facenet": async (page) => {
    await text("#batch-summary", /48 faces of 12 people/)(page);
    await text(".triplet-training .devtest-accuracy", /%/)(page);
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>(".triplet-training button")?.disabled, null, { timeout: TIMEOUT });
    await page.locator(".triplet-training").getByRole("button", { name: "Start" }).click();
    await page.waitForFunction(() => Number(document.querySelector(".triplet-training .step-count")?.textContent) >= 5, null, { timeout: TIMEOUT });
    await page.locator(".triplet-training").getByRole("button", { name: "Pause" }).click();
    await page.waitForFunction(() => document.querySelectorAll(".triplet-training .loss-chart canvas").length > 0, null, { timeout: TIMEOUT }); // tfjs-vis (vega) drew
  },
  "/compare": async (page) => {
    await text("#verdict", /the same person/)(page);
    await page.locator(".photo-picker").nth(1).locator('input[type="file"]').setInputFiles(path.join(ROOT, "docs/photos/group.jpg"));
    await text("#verdict", /different people|the same person/)(page);
  },
  "/lfw": text("#lfw-accuracy", /\d+\.\d\d %/),
  "/performance": async (page) => {
    // The charts, then the shortest live race: face-api.js's frame and its weights load under the same policy.
    await page.locator(".bar-chart").first().waitFor({ timeout: TIMEOUT });
    await page.locator(".live-race select").selectOption("cpu");
    await page.locator(".live-race").getByLabel("photos").fill("1");
    await page.locator(".live-race").getByLabel("timed rounds").fill("1");
    await page.getByRole("button", { name: "Run the race" }).click();
    await text(".live-race-summary", /ratio \d+\.\d\d×/)(page);
  },
};

/** Routes to walk: the home page and every page in the config, nested sections included. */
function routes(): string[] {
  type Entry = { path?: string; pages?: Entry[] };
  const flat = (entries: Entry[]): string[] => entries.flatMap((e) => (e.pages ? flat(e.pages) : e.path ? [e.path] : []));
  return ["", ...flat(config.pages as Entry[])];
}

describe("every page: privacy, nothing blank, nothing unreachable", { skip: skip ?? false }, () => {
  let site: Site;
  before(async () => {
    site = await startSite();
  });
  after(async () => {
    await site?.close();
  });

  for (const route of routes()) {
    test(`${route || "/"}: CSP in place, no request outside the origin; no blank chart; axe and keyboard clean`, async (t) => {
      const v = await site.open(route.replace(/^\//, ""));
      await recordViolations(v.page);
      const csp = await v.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
      assert.ok(csp, "the page has a CSP");
      assert.match(csp, /default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ('unsafe-eval' )?'sha256-/);
      assert.doesNotMatch(csp, /https?:|\*|'unsafe-inline'[^;]*;(?<!style-src[^;]*;)/, "no other origin, no wildcard");
      const loadsVega = await v.page.evaluate(() => document.documentElement.outerHTML.includes("tfjs-vis"));
      assert.equal(csp.includes("'unsafe-eval'"), loadsVega, "eval only where tfjs-vis (vega) needs it");
      if (loadsVega) t.diagnostic(`${route}: 'unsafe-eval' for tfjs-vis's vega`);
      const flow =
        FLOWS[route] ??
        (async (page: Page) => {
          await page.waitForLoadState("networkidle");
          await page.waitForTimeout(3000);
        });
      if (!FLOWS[route]) t.diagnostic(`${route}: no flow known; checked the page load only`);
      await flow(v.page);
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
      await v.page.close();
    });
  }
});
