/**
 * What a person notices on a page that no console error reports: a chart drawn with axes but no marks,
 * and something that reacts to the mouse but cannot be reached from the keyboard. Both run in the page
 * and return one line per offender, so a failing test says where to look.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

const IN_PAGE = readFileSync(new URL("./pageChecks.inpage.js", import.meta.url), "utf8");

/**
 * Charts with axes and no marks. A chart is any visible <svg> with axis parts — Plot's axis groups
 * (aria-label or, after `describedChart`, data-mark "x-axis …"), d3-axis ticks (`g.tick`), Plotly's
 * axis layers. Its marks are the shapes outside those axis parts with a non-zero box. Plotly figures need
 * a drawn trace. (Canvas charts — vega's, heat maps — are not judged here.)
 */
export async function blankCharts(page: Page): Promise<string[]> {
  return page.evaluate(`${IN_PAGE}; facelabBlankCharts()`);
}

/**
 * Elements that show a pointer cursor (so they react to clicks) but neither are focusable nor sit
 * inside something focusable: the keyboard cannot reach them.
 */
export async function unreachableControls(page: Page): Promise<string[]> {
  return page.evaluate(`${IN_PAGE}; facelabUnreachableControls()`);
}
