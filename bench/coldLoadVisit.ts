/**
 * One load of the MTCNN page, timed from navigation start (the document's `performance.timeOrigin`)
 * by the page's own clocks: DOMContentLoaded and first contentful paint (Navigation and Paint
 * Timing), the detector ready (`facelab:mtcnn-ready`, marked by docs/components/mtcnn/loadMtcnn.ts once the backend is up
 * and the weights are loaded), the first detection computed (`facelab:detection`) and its summary
 * (`#detect-summary`) on the screen — noted by a MutationObserver installed before any page script, at
 * the next animation frame after the summary enters the document (the frame that paints it: work the
 * page does in the same task, before it can paint, counts).
 */
import type { BrowserContext, Page } from "playwright-core";

/** Milliseconds after navigation start; `null` where the page set no such mark. */
export interface LoadTimes {
  domContentLoaded: number;
  firstContentfulPaint: number | null;
  modelReady: number | null;
  detectionComputed: number | null;
  firstDetection: number;
  /** The summary line, e.g. "6 faces in Group photo (…) — 812 ms on wasm, …". */
  summary: string;
  /** The detection's own stage times (ms: prepare, pnet, rnet, onet, total) and read-backs, from the summary's `data-timings`. */
  stages: Record<string, number> | null;
}

const SUMMARY_MARK = "bench:summary-visible";

/**
 * Makes every document of `context` set the performance mark `mark` at the animation frame (the one
 * that paints it) after `condition`, a JavaScript expression, first holds: a MutationObserver installed
 * before any page script evaluates it on every change. The scripts run in the page are strings or arrow
 * functions without named locals: tsx would wrap a named function in a `__name` helper the page does
 * not have. Shared with bench/pageWeights.ts.
 */
export async function markPaintWhen(context: BrowserContext, condition: string, mark: string): Promise<void> {
  await context.addInitScript(`new MutationObserver((_, observer) => {
    if (${condition}) observer.disconnect(), requestAnimationFrame(() => performance.mark(${JSON.stringify(mark)}));
  }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });`);
}

/** Makes every document of `context` mark the frame that paints `#detect-summary` first. */
export const watchSummary = (context: BrowserContext): Promise<void> => markPaintWhen(context, `document.getElementById("detect-summary")`, SUMMARY_MARK);

/** Waits (polling the page's marks; the times come from the page, not from the polling) and reads them. */
export async function loadTimes(page: Page, timeout: number): Promise<LoadTimes> {
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, SUMMARY_MARK, { polling: 100, timeout });
  const names = ["first-contentful-paint", "facelab:mtcnn-ready", "facelab:detection", SUMMARY_MARK];
  const [fcp, ready, computed, shown] = await page.evaluate((ns) => ns.map((n) => performance.getEntriesByName(n)[0]?.startTime ?? null), names);
  return {
    domContentLoaded: await page.evaluate(() => (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).domContentLoadedEventStart),
    firstContentfulPaint: fcp,
    modelReady: ready,
    detectionComputed: computed,
    firstDetection: shown as number,
    summary: (await page.locator("#detect-summary").textContent())?.trim() ?? "",
    stages: JSON.parse((await page.locator("#detect-summary").getAttribute("data-timings")) ?? "null"),
  };
}
