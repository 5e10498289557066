/**
 * Browser harness of the site tests and the page benchmarks: Debian's Chromium driven by
 * playwright-core (never a downloaded browser), the built site served under a sub-path, and a page
 * wrapper that records what a person would notice going wrong — console errors, uncaught exceptions, Framework cell errors, failed responses — and
 * every request that leaves the site's origin.
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { ROOT } from "./paths.js";
import { serve, type ServeOptions } from "./serve.js";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const DIST = path.join(ROOT, "dist");

/** Why the browser tests cannot run here, or null. In CI a missing browser or build is a failure, not a skip. */
export function unavailable(): string | null {
  const why = !existsSync(CHROMIUM)
    ? `no Chromium at ${CHROMIUM} (apt-get install chromium)`
    : !existsSync(path.join(DIST, "index.html"))
      ? "no built site in dist/ (npm run build)"
      : null;
  if (why && process.env.CI) throw new Error(`browser tests cannot run: ${why}`);
  return why;
}

export interface Visit {
  page: Page;
  errors: string[];
  external: string[];
  bytes: () => number;
}

export interface Site {
  url: string;
  /**
   * Opens `route` in a new page; `init` runs in the page before any of its scripts (Playwright's
   * addInitScript); `locale` is the browser's language (navigator.language, Accept-Language), "en-US" by default.
   */
  open: (route: string, opts?: { width?: number; init?: () => void; locale?: string }) => Promise<Visit>;
  close: () => Promise<void>;
}

/**
 * Starts the server and the browser (`args`: extra Chromium flags, e.g. a fake camera; `base`: the
 * sub-path the site is served under; `serve`: the server's options, e.g. `isolate` for wasm threads).
 */
export async function startSite({ args = [] as string[], base = "/course/facelab/", serve: serveOptions = {} as ServeOptions } = {}): Promise<Site> {
  const server = await serve(DIST, base, serveOptions);
  const origin = new URL(server.url).origin;
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", ...args],
  });
  const open = async (route: string, { width = 1280, init, locale = "en-US" }: { width?: number; init?: () => void; locale?: string } = {}): Promise<Visit> => {
    const page = await browser.newPage({ viewport: { width, height: 900 }, locale });
    if (init) await page.addInitScript(init);
    const errors: string[] = [];
    const external: string[] = [];
    let bytes = 0;
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(`console: ${m.text()}`);
    });
    page.on("pageerror", (e) => errors.push(`exception: ${e.message}`));
    page.on("request", (r) => {
      const u = r.url();
      if (!u.startsWith(origin) && !/^(data|blob|about):/.test(u)) external.push(u);
    });
    page.on("response", (r) => {
      if (r.status() >= 400) errors.push(`HTTP ${r.status()} ${r.url()}`);
      // headers() is synchronous: an async look-up could still be pending when the page closes.
      bytes += Number(r.headers()["content-length"] ?? 0);
    });
    await page.goto(server.url + route);
    return { page, errors, external, bytes: () => bytes };
  };
  return {
    url: server.url,
    open,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Framework renders a failed cell as an element with this class. */
export async function cellErrors(page: Page): Promise<string[]> {
  return page.locator(".observablehq--error").allTextContents();
}

/** Asserts a visit saw no cell error, no console error or failed response, and no request off the origin. */
export async function assertClean(v: Visit, label: string): Promise<void> {
  assert.deepEqual(await cellErrors(v.page), [], `${label}: cell errors`);
  assert.deepEqual(v.errors, [], `${label}: console errors, exceptions or failed responses`);
  assert.deepEqual(v.external, [], `${label}: requests outside the site's origin`);
}

/** Starts recording CSP violations in the page (the console records those of the first load). */
export const recordViolations = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    addEventListener("securitypolicyviolation", (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });

/** The CSP violations recorded since `recordViolations`. */
export const violations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
