/**
 * The SRN page in a real browser, in both editions: it renders every cell without errors or off-site
 * requests, draws the anchors of a bundled WIDER image, and the level and step selectors change what is
 * drawn and counted; the architecture diagram answers the keyboard, the exercises compute their answers
 * from the live page, every chart has marks, the formulas are typeset, and axe-core finds no serious or
 * critical violation. Every text looked for comes from the edition's message table.
 *
 * CI time: the English edition runs every test; the Chinese one runs the representative subset (the
 * anchor view and its selectors, the architecture, the exercises' verdicts, charts and axe) and leaves
 * out the photo upload (MTCNN, the slowest test) and the keyboard and phone-size checks, which exercise
 * the same code with the same layout.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { ROOT } from "../../harness/paths.js";
import { axeViolations } from "../../harness/axe.js";
import { assertClean, startSite, unavailable, type Site } from "../../harness/browser.js";
import { EDITIONS, literal, type Edition } from "../../harness/editions.js";

const skip = unavailable();
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const TOKEN = "\u0001";

/**
 * The pattern of the anchor view's count line (text, no markup) for `level` (a pattern) at `step`, with `n` anchors;
 * its first group is the number of positives.
 */
function countPattern(ed: Edition, level: string, step: string, n = "[\\d,]+"): RegExp {
  const m = ed.msg.srn;
  const line = m.anchorCount(`${TOKEN}L`, `${TOKEN}S`, `${TOKEN}N`, 111111, 222222, 333333, `${TOKEN}P`, `${TOKEN}I`, `${TOKEN}G`).replace(/<[^>]+>/g, "");
  const source = esc(line)
    .replace(`${TOKEN}L`, level)
    .replace(`${TOKEN}S`, esc(m.steps[step]))
    .replace(`${TOKEN}N`, n)
    .replace(/111111|222222|333333/g, "\\d+")
    .replace(`${TOKEN}P`, "([\\d,]+)")
    .replace(`${TOKEN}I`, "[\\d,]+")
    .replace(`${TOKEN}G`, "[\\d,]+");
  return new RegExp(`^${source}`);
}

const countText = (page: import("playwright-core").Page, re: RegExp, timeout = 30_000) =>
  page.waitForFunction((source) => new RegExp(source).test(document.querySelector(".anchor-count")?.textContent ?? ""), re.source, { timeout });

for (const ed of EDITIONS) {
  const full = ed.lang === "en";
  const m = ed.msg.srn;
  const c = ed.msg.common;
  const route = `${ed.prefix}srn`;
  describe(`${ed.lang}: SRN page`, { skip: skip ?? false }, () => {
    let site: Site;
    before(async () => {
      site = await startSite();
    });
    after(async () => {
      await site?.close();
    });

    test("renders cleanly, and the anchor view follows the level and step selectors", async (t) => {
      const v = await site.open(route, { locale: ed.locale });
      const count = v.page.locator(".anchor-count");
      await countText(v.page, countPattern(ed, "P3", "step one", "22,016"), 60_000);
      const p3 = await count.textContent();
      t.diagnostic(`default view: ${p3}`);
      // The bundled dancing crowd has 68 annotated faces; some P3 anchors must match them.
      assert.match(await v.page.locator(".anchor-view figcaption").innerText(), literal(m.anchorLegend("68", m.facesWider)));
      const positives = (step: string) =>
        count.textContent().then((s) =>
          Number(
            countPattern(ed, "P\\d", step)
              .exec(s ?? "")?.[1]
              .replace(/,/g, ""),
          ),
        );
      assert.ok((await positives("step one")) > 0, "P3 anchors match the faces");
      const pixels = () => v.page.locator(".anchor-view canvas").evaluate((cv: HTMLCanvasElement) => cv.toDataURL());
      const before = await pixels();

      await v.page.getByRole("radio", { name: "P5", exact: true }).check();
      await countText(v.page, countPattern(ed, "P5", "step one", "1,408"));
      assert.notEqual(await pixels(), before, "the drawn anchors change with the level");

      await v.page.getByRole("radio", { name: "P2", exact: true }).check();
      await countText(v.page, countPattern(ed, "P2", "step one", "87,552"));
      const stepOne = await positives("step one");
      await v.page.getByRole("radio", { name: m.steps["step two"], exact: true }).check();
      await countText(v.page, countPattern(ed, "P2", "step two"));
      const stepTwo = await positives("step two");
      t.diagnostic(`P2 positives on the dancing crowd: step one ${stepOne}, step two ${stepTwo}`);
      assert.ok(stepTwo > stepOne, "the looser step-two threshold makes more positives");

      await v.page.waitForLoadState("networkidle");
      await assertClean(v, route);
      await v.page.close();
    });

    test("an uploaded photo gets anchors matched to MTCNN's detections, labelled as such", { skip: !full && "English only (CI time)" }, async (t) => {
      const v = await site.open(route, { locale: ed.locale });
      await v.page.locator(".anchor-count").waitFor({ timeout: 60_000 });
      await v.page.locator('.photo-picker input[type="file"]').setInputFiles(path.join(ROOT, "docs/photos/group.jpg"));
      const caption = v.page.locator(".anchor-view figcaption");
      await v.page.waitForFunction((text) => (document.querySelector(".anchor-view figcaption")?.textContent ?? "").includes(text), m.facesMtcnn, {
        timeout: 120_000,
      });
      const text = await caption.innerText();
      t.diagnostic(text.split("\n")[0]);
      assert.match(text, literal(m.anchorLegend("6", m.facesMtcnn)));
      await assertClean(v, `${route} upload`);
      await v.page.close();
    });

    test("the architecture diagram describes a level on hover and follows the input size", async () => {
      const v = await site.open(route, { locale: ed.locale });
      const p4 = v.page.locator('.srn-level[data-level="P4"]');
      await p4.waitFor();
      await p4.hover();
      assert.equal(await v.page.locator(".srn-arch-info").textContent(), m.archInfo("P4", 64, 64, 256, 16, m.stageFrom.P4));
      assert.match((await p4.textContent()) ?? "", /64×64×256/);
      await assertClean(v, `${route} architecture`);
      await v.page.close();
    });

    test("the architecture's levels are buttons: Tab reaches them, Enter and Space select them", { skip: !full && "English only (same code)" }, async () => {
      const v = await site.open(route, { locale: ed.locale });
      const p4 = v.page.locator('.srn-level[data-level="P4"]');
      const c3 = v.page.locator('.srn-level[data-level="C3"]');
      await p4.waitFor();
      assert.equal(await p4.getAttribute("role"), "button");
      assert.equal(await p4.getAttribute("tabindex"), "0");
      await p4.focus();
      await v.page.keyboard.press("Enter");
      assert.equal(await p4.getAttribute("aria-pressed"), "true");
      assert.equal(await v.page.locator(".srn-arch-info").textContent(), m.archInfo("P4", 64, 64, 256, 16, m.stageFrom.P4));
      await c3.focus();
      await v.page.keyboard.press(" ");
      assert.equal(await c3.getAttribute("aria-pressed"), "true");
      assert.equal(await p4.getAttribute("aria-pressed"), "false");
      assert.equal(await v.page.locator(".srn-arch-info").textContent(), m.archInfo("C3", 128, 128, 512, 8, m.stageFrom.C3));
      await v.page.close();
    });

    test("the exercises check predictions against the live figures", async (t) => {
      const v = await site.open(route, { locale: ed.locale });
      await v.page.locator(".anchor-count").waitFor({ timeout: 60_000 });
      const card = (id: string) => v.page.locator(`#try-${id}`);
      const answer = async (id: string) => (await card(id).locator(".try-this-answer").innerText()).trim();

      // Anchors at 2048 px: four times as many, counted by the anchor code.
      const a4 = m.tryAnchors.choices[1];
      await card("anchors-2048").getByLabel(a4).check();
      await card("anchors-2048").getByRole("button").click();
      const a = await answer("anchors-2048");
      t.diagnostic(a);
      assert.equal(a, (c.right(a4) + m.tryAnchors.explain("174,720", "698,880", "4.00", 1024, "174,720")).trim());

      // The share on P2–P4 does not move with the size.
      await card("low-share-size").getByRole("button").click();
      assert.ok((await answer("low-share-size")).startsWith(c.answer(m.tryShare.choices[2]).trim()));
      assert.match(await answer("low-share-size"), literal(m.tryShare.sizeShare(256, "98.46 %")));

      // Small faces of the dancing crowd, at step one: the answer counts them on the photo.
      await card("small-face-positives").getByRole("button").click();
      const small = await answer("small-face-positives");
      t.diagnostic(small);
      const smallRe = esc(m.trySmall.explain(TOKEN, 111111, TOKEN, 222222, 333333, TOKEN).split("（")[0].split(" (")[0])
        .replace(TOKEN, esc(m.steps["step one"]))
        .replace("111111", "\\d+")
        .replace(TOKEN, "[\\d.]+");
      assert.match(small, new RegExp(smallRe));

      // Focal loss at the defaults: an easy negative weighs 1/133 of its cross-entropy.
      const f130 = m.tryFocal.choices[1];
      await card("focal-easy-negative").getByLabel(f130).check();
      await card("focal-easy-negative").getByRole("button").click();
      const focal = await answer("focal-easy-negative");
      assert.ok(focal.startsWith(c.right(f130).trim()), focal);
      assert.match(focal, /1\/133[^\d,]/);
      // …and the answer follows γ: at γ = 0 only α is left.
      const gamma = v.page.getByRole("spinbutton", { name: "γ" });
      await gamma.fill("0");
      await gamma.press("Enter");
      await v.page.waitForFunction(() => /1\/1[^\d,]/.test(document.querySelector("#try-focal-easy-negative .try-this-answer")?.textContent ?? ""));
      assert.ok((await answer("focal-easy-negative")).startsWith(c.notQuite(m.tryFocal.choices[0]).trim()));
      await assertClean(v, `${route} exercises`);
      await v.page.close();
    });

    test("the measured WIDER FACE section draws every detector's curve, MTCNN's size and attribute bars and the detector table; its exercise answers from the record", async (t) => {
      const record = JSON.parse(readFileSync(path.join(ROOT, "data/wider/mtcnn-eval.json"), "utf8"));
      const run = record.runs.find((r: { settings: { minFace: number } }) => r.settings.minFace === 20);
      const summary = JSON.parse(readFileSync(path.join(ROOT, "data/wider/detectors.json"), "utf8"));
      const v = await site.open(route, { locale: ed.locale });
      const chart = (description: string) => v.page.locator(`main svg[role="img"][aria-label="${description}"]`);
      const pr = chart(m.widerPrChart(run.overall.ap.toFixed(3)));
      await pr.waitFor({ timeout: 60_000 });
      // One line per detector (Plot draws a line mark as one path per series).
      assert.equal(await pr.locator('g[data-mark="line"] path').count(), summary.rows.length, "a curve per detector");
      const pc = (x: number) => `${Math.round(100 * x)} %`;
      const size = chart(m.widerSizeChart(pc(run.breakdowns.size[0].recall), pc(run.breakdowns.size.at(-1).recall)));
      assert.equal(await size.locator('g[data-mark="bar"] rect').count(), run.breakdowns.size.length, "a bar per size bucket");
      assert.ok((await size.locator('g[data-mark="dot"] circle').count()) >= 4 * (summary.rows.length - 1) - 4, "the other detectors' dots");
      const attrs = chart(m.widerAttributeChart);
      const buckets = ["occlusion", "pose", "blur"].reduce((n, k) => n + run.breakdowns[k].length, 0);
      assert.equal(await attrs.locator('g[data-mark="bar"] rect').count(), buckets, "a bar per attribute bucket");
      const table = v.page.getByRole("region", { name: m.detectorTableName });
      assert.equal(await table.locator("tbody tr").count(), summary.rows.length);
      // The exercise: MTCNN's lowest-recall size bucket, computed from the loaded record.
      const card = v.page.locator("#try-wider-size-recall");
      const low = m.widerBuckets["< 16 px"];
      await card.getByLabel(low, { exact: true }).check();
      await card.getByRole("button").click();
      const answer = (await card.locator(".try-this-answer").innerText()).trim();
      t.diagnostic(answer);
      assert.ok(answer.startsWith(c.right(low).trim()), answer);
      assert.match(answer, literal(`${run.breakdowns.size[0].recalled}`));
      await assertClean(v, `${route} WIDER FACE measured`);
      await v.page.close();
    });

    test("every chart has marks, the formulas are typeset, the RFE diagram shows the head, axe finds nothing", async (t) => {
      const v = await site.open(route, { locale: ed.locale });
      await v.page.locator(".anchor-count").waitFor({ timeout: 60_000 });
      await v.page.waitForLoadState("networkidle");
      const marks = await v.page
        .locator('main svg[role="img"]')
        .evaluateAll((svgs) => svgs.map((s) => [s.getAttribute("aria-label")?.slice(0, 40), s.querySelectorAll("path, rect, line, circle").length] as const));
      t.diagnostic(JSON.stringify(marks));
      assert.ok(marks.length >= 10, `the charts and the RFE diagram are described images (${marks.length})`);
      for (const [name, n] of marks) assert.ok(n > 0, `${name} has marks`);
      // A formula is typeset when it nears the screen (KaTeX is imported then): bring each into view.
      for (const formula of await v.page.locator(".tex").all()) await formula.scrollIntoViewIfNeeded();
      await v.page.waitForFunction(() => document.querySelectorAll(".tex math").length >= 7, null, { timeout: 60_000 });
      assert.equal(await v.page.locator(".tex-pending").count(), 0, "the formulas render as MathML");
      const rfe = await v.page.locator(".rfe-diagram").textContent();
      assert.match(rfe ?? "", new RegExp(`${esc(m.rfeRetina)}.*${esc(m.rfeSrn)}.*RFE`));
      for (const block of ["lesson-goals", "takeaways", "references", "report-note", "under-hood"])
        assert.ok((await v.page.locator(`.${block}`).count()) > 0, `the page has a ${block} block`);
      assert.ok((await v.page.locator(".try-this").count()) >= 3, "at least three exercises");
      const violations = await axeViolations(v.page);
      assert.deepEqual(violations, [], violations.join("\n"));
      await v.page.close();
    });

    test("on a phone-sized screen, axe still finds nothing: wide formulas scroll and can be reached by keyboard", {
      skip: !full && "English only (same layout)",
    }, async () => {
      const v = await site.open(route, { width: 400, locale: ed.locale });
      await v.page.locator(".anchor-count").waitFor({ timeout: 60_000 });
      await v.page.waitForLoadState("networkidle");
      for (const formula of await v.page.locator(".tex").all()) await formula.scrollIntoViewIfNeeded();
      await v.page.waitForFunction(() => document.querySelector(".tex-pending") === null, null, { timeout: 60_000 });
      const violations = await axeViolations(v.page);
      assert.deepEqual(violations, [], violations.join("\n"));
      await v.page.close();
    });
  });
}
