/**
 * The "Which detector? Which embedder?" page in a real browser, in both editions: the embedders' and
 * detectors' tables and charts draw from the committed data, no detector weights are fetched before the
 * reader asks, then every detector runs on the bundled group photo with the face counts the command
 * line finds, the exercises answer from the live results, the controls are keyboard-reachable and
 * axe-core finds no serious or critical violation. Texts come from the edition's message table.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { axeViolations } from "../../harness/axe.js";
import { assertClean, startSite, unavailable, type Site } from "../../harness/browser.js";
import { EDITIONS, literal } from "../../harness/editions.js";
import { unreachableControls } from "../../harness/pageChecks.js";
import { flow } from "./flows/models.js";

const skip = unavailable();

/**
 * Faces found on docs/photos/group.jpg by `facelab detect --detector NAME --json` in Node (same library,
 * same default settings): the browser must find the same. BlazeFace front and short range find none —
 * the photo, padded to a square and shrunk to 128 px, leaves each face a few pixels wide.
 */
const GROUP_FACES: Record<string, number> = {
  mtcnn: 6,
  "ssd-mobilenet-v1": 6,
  "tiny-face-detector": 3,
  "blazeface-front": 0,
  "blazeface-back": 6,
  "blazeface-short": 0,
  "blazeface-full": 6,
};

/** Resource URLs the page has fetched so far. */
const fetched = (page: import("playwright-core").Page) => page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));

for (const ed of EDITIONS) {
  const m = ed.msg.models;
  const c = ed.msg.common;
  const route = `${ed.prefix}models`;
  describe(`${ed.lang}: models page`, { skip: skip ?? false }, () => {
    let site: Site;
    before(async () => {
      site = await startSite();
    });
    after(async () => {
      await site?.close();
    });

    test("tables and charts draw; detectors load only on request and find the command line's faces; exercises; keyboard and axe clean", async (t) => {
      const v = await site.open(route, { locale: ed.locale });
      const page = v.page;
      await page.locator(".models-table tbody tr").first().waitFor({ timeout: 60_000 });
      await page.waitForLoadState("networkidle");
      // Three tables: embedders (3 models + dlib without flip), WIDER runs (MTCNN's two at least), deepface's 11 rows.
      const rows = await page.locator(".models-table").evaluateAll((ts) => ts.map((t) => t.querySelectorAll("tbody tr").length));
      t.diagnostic(`table rows: ${rows}`);
      assert.ok(rows.length === 3 && rows[0] === 4 && rows[1] >= 2 && rows[2] === 11, `table rows ${rows}`);
      const charts = await page
        .locator('main svg[role="img"]')
        .evaluateAll((svgs) => svgs.map((s) => [s.getAttribute("aria-label")?.slice(0, 50), s.querySelectorAll("path").length] as const));
      t.diagnostic(JSON.stringify(charts));
      assert.ok(charts.length >= 2, "the ROC and PR charts are described images");
      for (const [name, n] of charts) assert.ok(n > 0, `${name} has marks`);
      // Before the button: no detector weights fetched, and every panel says what to do.
      assert.deepEqual(
        (await fetched(page)).filter((u) => /_models\/(faceapi|blazeface)\/|tfjs-converter/.test(u)),
        [],
        "detector weights or tfjs-converter fetched at page load",
      );
      assert.equal(await page.locator(".race-panel").count(), Object.keys(GROUP_FACES).length);
      assert.match(await page.locator(".race-panel figcaption").first().innerText(), literal(m.racePrompt));
      // The button is reachable from the keyboard: focus it by tabbing.
      const button = page.getByRole("button", { name: m.raceButton });
      await button.focus();
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), m.raceButton);

      await flow(page, ed);
      const counts = await page
        .locator(".race-panel")
        .evaluateAll((ps) => Object.fromEntries(ps.map((p) => [(p as HTMLElement).dataset.detector, p.querySelector("figcaption")?.textContent ?? ""])));
      t.diagnostic(JSON.stringify(counts));
      for (const [name, n] of Object.entries(GROUP_FACES)) {
        assert.match(counts[name], literal(m.raceLine(n, "", "", "").split(" · ")[0]), `${name} finds ${n} faces`);
      }
      // The times chart replaces its placeholder: one bar per detector.
      const bars = await page
        .locator('main svg[role="img"]')
        .evaluateAll((svgs) => svgs.map((s) => s.querySelectorAll("rect").length))
        .then((ns) => ns.at(-1));
      assert.equal(bars, Object.keys(GROUP_FACES).length, "one bar per detector in the times chart");
      // A second run on the same photo reuses the loaded detectors and leaves the tensor count as it was
      // (the page's own tfjs-core module, imported by its URL, is the same instance).
      const numTensors = () =>
        page.evaluate(async () => {
          const href = [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].find((l) => l.href.includes("tfjs-core"))?.href;
          if (!href) throw new Error("no tfjs-core module on the page");
          return ((await import(href)) as { memory: () => { numTensors: number } }).memory().numTensors;
        });
      const afterFirst = await numTensors();
      await page.getByRole("button", { name: m.raceAgain }).click();
      await page.waitForFunction((done) => document.querySelector(".race-status")?.textContent === done, m.raceDone, { timeout: 300_000 });
      assert.equal(await numTensors(), afterFirst, "tensors after a second run");
      // The exercises answer from the run: BlazeFace front found none of the six.
      const card = (id: string) => page.locator(`#try-${id}`);
      const answer = async (id: string) => (await card(id).locator(".try-this-answer").innerText()).trim();
      await card("front-range").getByRole("button").click();
      assert.equal(await answer("front-range"), (c.answer(m.choiceNone) + m.countExplain(0, 6)).trim());
      await card("fastest").getByRole("button").click();
      const fastest = await answer("fastest");
      t.diagnostic(fastest);
      assert.ok(
        m.families.some((f) => fastest.startsWith(c.answer(f).trim())),
        fastest,
      );
      await card("val-gap").getByRole("button").click();
      assert.ok((await answer("val-gap")).startsWith(c.answer(m.choiceWider).trim()), await answer("val-gap"));
      await card("tuned-gain").getByRole("button").click();
      assert.match(await answer("tuned-gain"), /\+0\.\d\d/);
      for (const block of ["lesson-goals", "takeaways", "references", "report-note", "under-hood"])
        assert.ok((await page.locator(`.${block}`).count()) > 0, `the page has a ${block} block`);
      assert.ok((await page.locator(".try-this").count()) >= 3, "at least three exercises");

      await assertClean(v, route);
      assert.deepEqual(await unreachableControls(page), [], "clickable elements the keyboard cannot reach");
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], violations.join("\n"));
      await page.screenshot({ path: `/tmp/models-${ed.lang}.png`, fullPage: true });
      await page.close();
    });
  });
}
