/**
 * The page checks every page is held to (harness/pageChecks.ts) catch what they are for: a chart with
 * axes and no marks — the log-scale bars from 0 that once drew nothing — and a clickable element out of
 * the keyboard's reach; and they pass the same figures once drawn and reachable.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { startSite, unavailable, type Site } from "../../harness/browser.js";
import { blankCharts, unreachableControls } from "../../harness/pageChecks.js";
import { cellTexts, englishTexts, leaks } from "../../harness/englishLeaks.js";
import { en } from "../../docs/components/messages/en/index.js";
import { zh } from "../../docs/components/messages/zh/index.js";

const skip = unavailable();

/** A Plot-like chart: an x axis, a y axis, and a bar group with `bars` inside. */
const chart = (bars: string, label = "Loss per sample on a log axis") => `<h2>Mining</h2><svg width="300" height="200" aria-label="${label}">
  <g aria-label="x-axis tick"><path d="M10,180h0v6"></path><path d="M100,180h0v6"></path></g>
  <g aria-label="y-axis tick"><path d="M10,10h-6"></path></g>
  <g aria-label="bar">${bars}</g></svg>`;

describe("page checks", { skip: skip ?? false }, () => {
  let site: Site;
  before(async () => {
    site = await startSite();
  });
  after(async () => {
    await site?.close();
  });

  test("a chart with axes and no marks is blank; drawn bars are not, even when its label says 'axis'", async () => {
    const v = await site.open("");
    await v.page.setContent(`<main id="observablehq-main">${chart(`<rect x="10" y="NaN" width="20" height="NaN"></rect>`)}</main>`);
    assert.deepEqual(await blankCharts(v.page), ["svg under “Mining”: axes but no marks"]);
    await v.page.setContent(`<main id="observablehq-main">${chart(`<rect x="10" y="50" width="20" height="130"></rect>`)}</main>`);
    assert.deepEqual(await blankCharts(v.page), []);
    await v.page.close();
  });

  test("a clickable element the keyboard cannot reach is reported; a focusable one is not", async () => {
    const v = await site.open("");
    await v.page.setContent(`<main id="observablehq-main"><div class="level" style="cursor:pointer;width:50px;height:20px">P4</div></main>`);
    assert.deepEqual(await unreachableControls(v.page), ["div.level “P4”"]);
    await v.page.setContent(
      `<main id="observablehq-main"><div class="level" role="button" tabindex="0" style="cursor:pointer;width:50px;height:20px">P4</div></main>`,
    );
    assert.deepEqual(await unreachableControls(v.page), []);
    await v.page.close();
  });

  test("an English UI string in a Chinese page's cell output is reported; prose, code and marked English are not", async () => {
    const v = await site.open("");
    const texts = englishTexts(en, zh);
    const cell = (inner: string) => `<div class="observablehq observablehq--block">${inner}</div>`;
    await v.page.setContent(
      `<main id="observablehq-main"><p>Link to this view in prose</p>${cell(`<button>${en.common.linkToView}</button>`)}${cell(`<code>${en.common.showAnswer}</code>`)}</main>`,
    );
    assert.deepEqual(leaks(await cellTexts(v.page), texts), [`"${en.common.linkToView}" in "…${en.common.linkToView}…"`]);
    await v.page.setContent(
      `<main id="observablehq-main">${cell(`<button>${zh.common.linkToView}</button>`)}${cell(`<span lang="en">${en.common.showAnswer}</span>`)}</main>`,
    );
    assert.deepEqual(leaks(await cellTexts(v.page), texts), []);
    await v.page.close();
  });
});
