/**
 * The database page in a real browser, as a visitor uses it: enroll people from bundled LFW photos
 * through the upload inputs, reload (IndexedDB keeps them), train, predict on held-back photos, pick
 * another face of a group photo, remove a face and a person,
 * export and import back into a cleared store, refuse a malformed file without touching the data,
 * show an HTML-looking name as text without running it, and delete everything. The steps share one
 * page, in order. The full flow runs on the English edition (about two minutes: it enrols, trains and
 * predicts several times); the Chinese edition runs a representative subset on the same code — load,
 * demo database, train, predict a stranger, a refused file in Chinese, delete — with every text built
 * from the edition's message table.
 */
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import type { Page } from "playwright-core";
import { ROOT } from "../../harness/paths.js";
import { cellErrors, startSite, unavailable, type Site, type Visit } from "../../harness/browser.js";
import { axeViolations } from "../../harness/axe.js";
import { EDITIONS, literal } from "../../harness/editions.js";

const skip = unavailable();
const TIMEOUT = 180_000;
const XSS = "<img src=x onerror=alert(1)>";
const lfw = (name: string) => path.join(ROOT, "docs/lfw-batch", name);
const PEOPLE: [string, string][] = [
  ["Colin Powell", "Colin_Powell"],
  ["Serena Williams", "Serena_Williams"],
  [XSS, "Tony_Blair"],
];

/** Asserts the visit saw no error and no request outside the origin. */
async function assertClean(v: Visit, label: string) {
  assert.deepEqual(await cellErrors(v.page), [], `${label}: cell errors`);
  assert.deepEqual(v.errors, [], `${label}: console errors, exceptions or failed responses`);
  assert.deepEqual(v.external, [], `${label}: requests outside the site's origin`);
}

const summary = (page: Page) => page.locator("#db-summary").textContent();
const waitSummary = (page: Page, text: string) =>
  page.waitForFunction((t) => document.querySelector("#db-summary")?.textContent === t, text, { timeout: TIMEOUT });
/** Live tfjs tensors, as the page's tensor meter shows them. */
const tensors = async (page: Page) => Number(/· (\d+)/.exec((await page.locator(".tensor-meter").textContent()) ?? "")?.[1]);
/** The page is idle and its models are loaded (the tensor meter, refreshed twice a second, counts their weights). */
const ready = (page: Page) =>
  page.waitForFunction(
    () =>
      document.querySelector("#demo-database") &&
      document.querySelector(".busy")?.textContent === "" &&
      Number(/· (\d+)/.exec(document.querySelector(".tensor-meter")?.textContent ?? "")?.[1]) > 0,
    null,
    { timeout: TIMEOUT },
  );

/** Stands for any text in a message built for a pattern. */
const ANY = "\u0001";
/** A message with ANY placeholders as a pattern (the rest literal). */
const shape = (text: string) =>
  new RegExp(
    text
      .split(ANY)
      .map((part) => literal(part).source)
      .join(".+?"),
  );
/** The text a message puts before ANY. */
const prefix = (text: string) => text.split(ANY)[0];
/** The summary text contains `text` (page-side check, re-evaluated until true). */
const waitText = (page: Page, selector: string, text: string) =>
  page.waitForFunction(([sel, t]) => document.querySelector(sel)?.textContent?.includes(t), [selector, text] as const, { timeout: TIMEOUT });
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A file that passes the header checks and fails on the first face (3 numbers instead of 128). */
const BAD = {
  format: "facelab-face-database",
  version: 1,
  exported: "2026-11-28T14:00:00Z",
  people: [{ id: "a", name: "Mallory", created: "2026-11-28T14:00:00Z" }],
  faces: [
    {
      id: "f",
      personId: "a",
      embedding: [1, 2, 3],
      thumb: "data:image/jpeg;base64,AAAA",
      box: [0, 0, 1, 1],
      source: "x.jpg",
      added: "2026-11-28T14:00:00Z",
    },
  ],
};

const [EN, ZH] = EDITIONS;

describe("database page", { skip: skip ?? false }, () => {
  let site: Site;
  before(async () => {
    site = await startSite();
  });
  after(async () => {
    await site?.close();
  });

  describe("en: the full flow", () => {
    const t = EN.msg.database;
    const c = EN.msg.common;
    let v: Visit;
    const dialogs: string[] = [];
    before(async () => {
      v = await site.open(`${EN.prefix}database`, { locale: EN.locale });
      v.page.on("dialog", (d) => {
        dialogs.push(`${d.type()}: ${d.message()}`);
        void d.dismiss();
      });
      await ready(v.page);
    });
    after(async () => {
      await v?.page.close();
    });

    test("the empty page: no serious accessibility violation, every exercise and placeholder in place", async () => {
      assert.deepEqual(await axeViolations(v.page), []);
      assert.ok((await v.page.locator(".try-this").count()) >= 3, "at least three try-this exercises");
      assert.equal(await v.page.locator(".lesson-goals").count(), 1);
      assert.equal(await v.page.locator(".takeaways").count(), 1);
      assert.equal((await v.page.locator(".references li").count()) > 5, true);
    });

    test("enrolls three people from uploaded photos; a photo with no face is flagged", async (tc) => {
      const tensorsBefore = await tensors(v.page);
      assert.ok(tensorsBefore > 0, `the meter shows the models' tensors: ${tensorsBefore}`);
      const t0 = Date.now();
      for (const [name, folder] of PEOPLE) {
        await v.page.locator('.add-person input[name="name"]').fill(name);
        await v.page.getByRole("button", { name: t.addPerson }).click();
        const card = v.page.locator(".person-card", { has: v.page.locator(".person-name", { hasText: name }) });
        await card.waitFor();
        await card.locator('input[type="file"]').setInputFiles([1, 2, 3].map((i) => lfw(`${folder}_000${i}.jpg`)));
      }
      await waitSummary(v.page, t.dbSummary(3, 9, false));
      tc.diagnostic(`9 photos detected, aligned, embedded and stored in ${Date.now() - t0} ms (wasm)`);
      const first = v.page.locator(".person-card").first();
      await first.locator('input[type="file"]').setInputFiles(path.join(ROOT, "docs/photos/no-face.jpg"));
      await v.page.locator(".enrol-log .enrol-flag", { hasText: t.noFace("no-face.jpg") }).waitFor({ timeout: TIMEOUT });
      assert.equal(await summary(v.page), t.dbSummary(3, 9, false), "nothing stored for a photo without a face");
      assert.equal(await v.page.locator(".face-thumb").count(), 9);
      await v.page.waitForTimeout(600); // the meter refreshes twice a second
      assert.equal(await tensors(v.page), tensorsBefore, "no tensor left behind by ten photos' detection and embedding");
    });

    test("a name that looks like HTML is shown as text and runs nothing", async () => {
      assert.deepEqual(
        await v.page.locator(".person-name").allTextContents(),
        PEOPLE.map(([name]) => name),
      );
      assert.equal(await v.page.locator('img[src="x"]').count(), 0, "no element was made from the name");
      assert.deepEqual(dialogs, []);
    });

    test("the database survives a reload", async () => {
      await v.page.reload();
      await ready(v.page);
      await waitSummary(v.page, t.dbSummary(3, 9, false));
      assert.deepEqual(
        await v.page.locator(".person-name").allTextContents(),
        PEOPLE.map(([name]) => name),
      );
      await v.page.locator(".face-thumb").nth(8).waitFor();
    });

    test("before training, the predict section asks for a trained classifier", async () => {
      await waitText(v.page, "#predict-summary", t.trainFirst);
      assert.equal(await v.page.locator("#model-summary").textContent(), t.noModel);
    });

    test("trains the SVM and the centroid matcher and shows the accuracy", async (tc) => {
      await v.page.locator("#train-model").click();
      await v.page.locator(".train-table").waitFor({ timeout: TIMEOUT });
      const table = await v.page.locator(".train-table").innerText();
      tc.diagnostic(`trained on 9 faces: ${table.replace(/\s+/g, " ")}`);
      assert.match(await v.page.locator("#model-summary").innerText(), shape(t.modelTrained(ANY, 9, 10).trim()));
      assert.ok(table.includes(t.crossValidationFolds(3)), table);
      for (const [name] of PEOPLE) assert.ok(table.includes(name), `a row for ${name}`);
      assert.match(table, new RegExp(`${literal(t.all).source}\\s+\\d+\\.\\d %\\s+\\d+\\.\\d %`));
    });

    test("shows both LFW classifier runs (20/10 and the wiki's 40/35) from their committed records, each saying it is precomputed", async () => {
      const shown = await v.page.locator("#lfw-classifier-runs").innerText();
      for (const [file, min, train] of [
        ["lfw-min20.json", 20, 10],
        ["lfw-min40.json", 40, 35],
      ] as const) {
        const report = JSON.parse(await readFile(path.join(ROOT, "data/classifier", file), "utf8"));
        assert.equal(report.split.minImages, min);
        assert.equal(report.split.trainImages, train);
        assert.ok(shown.includes(`${(100 * report.accuracy.svm).toFixed(2)} %`), shown);
        assert.ok(shown.includes(report.correct.of.toLocaleString("en")), shown);
        assert.ok(shown.includes(t.runSource(t.runName(min, train), report.date.slice(0, 10), Math.round(report.wallSeconds / 60)).trim()), shown);
        assert.ok(shown.includes(`--min-images ${min} --train-images ${train}`), shown);
      }
      assert.ok(!shown.includes("../shared"), "no machine-specific path on the page");
    });

    test("predicts on a held-back photo and draws the name", async () => {
      await waitText(v.page, "#predict-summary", prefix(t.predictSummary(1, "Colin_Powell_0004.jpg", ANY)));
      const labels = JSON.parse((await v.page.locator("#predict-summary + canvas").getAttribute("data-labels")) ?? "[]");
      assert.equal(labels.length, 1);
      assert.match(labels[0], /^Colin Powell \d+ %$/);
      await v.page.getByRole("button", { name: "Laura_Bush_0001.jpg" }).click();
      await waitText(v.page, "#predict-summary", t.predictSummary(1, "Laura_Bush_0001.jpg", t.unknown));
      await v.page.getByRole("button", { name: "Tony_Blair_0004.jpg" }).click();
      await waitText(v.page, "#predict-summary", prefix(t.predictSummary(1, "Tony_Blair_0004.jpg", ANY)) + XSS);
      assert.equal(await v.page.locator('img[src="x"]').count(), 0);
    });

    test("the try-this exercises answer from the live state; no serious accessibility violation with results on screen", async () => {
      const card = (id: string) => v.page.locator(`#try-${id}`);
      const check = async (id: string, prediction: string) => {
        await card(id).getByLabel(prediction).check();
        await card(id).getByRole("button", { name: c.checkPrediction }).click();
        return (await card(id).locator(".try-this-answer").innerText()).replace(/\s+/g, " ");
      };
      await v.page.getByRole("button", { name: "Laura_Bush_0001.jpg" }).click();
      await waitText(v.page, "#predict-summary", t.predictSummary(1, "Laura_Bush_0001.jpg", t.unknown));
      const stranger = await check("stranger", t.strangerChoices[0]);
      assert.match(stranger, shape(c.right(t.strangerChoices[0]) + t.strangerExplain("Laura Bush", ANY, ANY, 3, ANY, ANY, true, "0.41", t.unknown)));
      const distance = Number(/(0\.\d{3})/.exec(stranger.slice(stranger.indexOf("(")))?.[1]);
      assert.ok(distance > 0.41, stranger);
      const raised = await check("threshold", t.thresholdChoices[0]);
      assert.ok(raised.startsWith(distance > 0.6 ? c.right(t.thresholdChoices[0]) : c.notQuite(t.thresholdChoices[1])), raised);
      assert.ok(raised.includes(distance.toFixed(3)), raised);
      await v.page.getByRole("button", { name: "Colin_Powell_0004.jpg" }).click();
      await waitText(v.page, "#predict-summary", prefix(t.predictSummary(1, "Colin_Powell_0004.jpg", ANY)) + "Colin Powell");
      // The card is rebuilt for the new photo once both temporary SVMs are trained.
      let more = "";
      for (let i = 0; i < 60 && !more.includes("Colin_Powell_0004.jpg"); i++) {
        if (i) await v.page.waitForTimeout(500);
        more = await check("one-more", t.moreChoices[0]);
      }
      assert.match(more, shape(t.moreExplain("Colin_Powell_0004.jpg", 2, `Colin Powell ${ANY} %`, 3, `Colin Powell ${ANY} %`)));
      const runs = await check("lfw-runs", t.runsChoices[0]);
      assert.match(runs, new RegExp(`${literal(t.runName(20, 10)).source}.*${literal(t.runName(40, 35)).source}`));
      assert.deepEqual(await axeViolations(v.page), []);
    });

    test("a photo with several faces: the largest is added, another can be chosen", async () => {
      const card = v.page.locator(".person-card").nth(1);
      await card.locator('input[type="file"]').setInputFiles(path.join(ROOT, "docs/photos/group.jpg"));
      const entry = v.page.locator(".enrol-log .enrol-flag", { hasText: t.manyFaces("group.jpg", 6) });
      await entry.waitFor({ timeout: TIMEOUT });
      await waitSummary(v.page, t.dbSummary(3, 10, false));
      assert.equal(await entry.locator(".face-picker button.chosen").count(), 1);
      const before = await card.locator(".face-thumb").last().getAttribute("src");
      await entry.locator(".face-picker button:not(.chosen)").first().click();
      await v.page.waitForFunction(
        (b) => [...document.querySelectorAll(".person-card")][1].querySelector(".face-thumb-item:last-child img")?.getAttribute("src") !== b,
        before,
      );
      assert.equal(await summary(v.page), t.dbSummary(3, 10, false), "the chosen face replaced the largest");
      assert.ok((await v.page.locator("#model-summary").innerText()).includes(t.stale));
    });

    test("removing a face and a person", async () => {
      const card = v.page.locator(".person-card").nth(1);
      await card.locator(".remove-face").first().click();
      await waitSummary(v.page, t.dbSummary(3, 9, false));
      await card.getByRole("button", { name: t.removePerson }).click();
      await card.getByRole("button", { name: t.removePersonYes }).click();
      await waitSummary(v.page, t.dbSummary(2, 6, false));
      assert.deepEqual(await v.page.locator(".person-name").allTextContents(), [PEOPLE[0][0], PEOPLE[2][0]]);
    });

    test("export, then import into a cleared store, gives the same database", async () => {
      const download = v.page.waitForEvent("download");
      await v.page.locator("#export-database").click();
      const file = await (await download).path();
      const exported = JSON.parse(await readFile(file, "utf8"));
      assert.equal(exported.format, "facelab-face-database");
      assert.equal(exported.version, 1);
      assert.equal(exported.faces.length, 6);
      assert.equal(exported.model?.kind, "facelab-classifier", "the trained model is saved with the database");
      assert.ok(exported.faces.every((f: { embedding: number[]; photo?: string }) => f.embedding.length === 128 && !f.photo));
      await v.page.getByRole("button", { name: t.deleteAll }).click();
      await v.page.getByRole("button", { name: t.deleteAllYes }).click();
      await waitSummary(v.page, t.dbSummary(0, 0, false));
      await v.page.locator("#import-database").setInputFiles(file);
      await waitSummary(v.page, t.dbSummary(2, 6, false));
      assert.match((await v.page.locator("#transfer-status").textContent()) ?? "", shape(t.imported(ANY, 2, 6, true)));
      assert.deepEqual(await v.page.locator(".person-name").allTextContents(), [PEOPLE[0][0], PEOPLE[2][0]]);
    });

    test("a malformed or wrong-version file is refused and the database is untouched", async () => {
      const status = v.page.locator("#transfer-status");
      await v.page.locator("#import-database").setInputFiles({ name: "bad.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(BAD)) });
      await waitText(v.page, "#transfer-status", "bad.json");
      assert.equal(await status.textContent(), t.notImported(`bad.json: faces[0].embedding: ${t.problem["embedding-length"]({ expected: 128, count: 3 })}`));
      await v.page
        .locator("#import-database")
        .setInputFiles({ name: "future.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ ...BAD, version: 2 })) });
      await waitText(v.page, "#transfer-status", "future.json");
      assert.ok(((await status.textContent()) ?? "").includes(`future.json: ${capital(t.problem["wrong-version"]({ version: "2", expected: 1 }))}`));
      await v.page.reload();
      await ready(v.page);
      await waitSummary(v.page, t.dbSummary(2, 6, false));
      assert.deepEqual(await v.page.locator(".person-name").allTextContents(), [PEOPLE[0][0], PEOPLE[2][0]]);
    });

    test("delete all my data asks first, then empties the database", async () => {
      await v.page.getByRole("button", { name: t.deleteAll }).click();
      await v.page.getByRole("button", { name: t.cancel }).last().click();
      assert.equal(await summary(v.page), t.dbSummary(2, 6, false));
      await v.page.getByRole("button", { name: t.deleteAll }).click();
      await v.page.getByRole("button", { name: t.deleteAllYes }).click();
      await waitSummary(v.page, t.dbSummary(0, 0, false));
      await v.page.reload();
      await ready(v.page);
      await waitSummary(v.page, t.dbSummary(0, 0, false));
      assert.deepEqual(dialogs, [], "no dialog fired during the whole visit");
      await assertClean(v, "database");
    });
  });

  describe("zh: load, demo database, train, predict a stranger, a refused file, delete", () => {
    const t = ZH.msg.database;
    const c = ZH.msg.common;
    let v: Visit;
    before(async () => {
      v = await site.open(`${ZH.prefix}database`, { locale: ZH.locale });
      await ready(v.page);
    });
    after(async () => {
      await v?.page.close();
    });

    test("the empty page in Chinese, without serious accessibility violations", async () => {
      assert.deepEqual(await axeViolations(v.page), []);
      await waitSummary(v.page, t.dbSummary(0, 0, false));
      assert.equal(await v.page.locator("#model-summary").textContent(), t.noModel);
      await waitText(v.page, "#predict-summary", t.trainFirst);
      assert.equal(await v.page.getByRole("button", { name: t.loadDemo }).count(), 1);
    });

    test("the demo database, trained, names a held-back photo and calls a stranger unknown", async () => {
      await v.page.getByRole("button", { name: t.loadDemo }).click();
      await waitSummary(v.page, t.dbSummary(4, 12, false));
      await v.page.getByRole("button", { name: t.trainButton }).click();
      await waitText(v.page, "#train-status", t.trained(12, 4));
      assert.ok((await v.page.locator(".train-table").innerText()).includes(t.crossValidationFolds(3)));
      await waitText(v.page, "#predict-summary", prefix(t.predictSummary(1, "Colin_Powell_0004.jpg", ANY)) + "Colin Powell");
      await v.page.getByRole("button", { name: "Laura_Bush_0001.jpg" }).click();
      await waitText(v.page, "#predict-summary", t.predictSummary(1, "Laura_Bush_0001.jpg", t.unknown));
      const card = v.page.locator("#try-stranger");
      await card.getByLabel(t.strangerChoices[0]).check();
      await card.getByRole("button", { name: c.checkPrediction }).click();
      const answer = (await card.locator(".try-this-answer").innerText()).replace(/\s+/g, " ");
      assert.match(answer, shape(c.right(t.strangerChoices[0]) + t.strangerExplain("Laura Bush", ANY, ANY, 4, ANY, ANY, true, "0.41", t.unknown)));
    });

    test("a malformed file is refused in Chinese, and everything can be deleted", async () => {
      await v.page.locator("#import-database").setInputFiles({ name: "bad.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(BAD)) });
      await waitText(v.page, "#transfer-status", "bad.json");
      assert.equal(
        await v.page.locator("#transfer-status").textContent(),
        t.notImported(`bad.json: faces[0].embedding: ${t.problem["embedding-length"]({ expected: 128, count: 3 })}`),
      );
      await v.page.getByRole("button", { name: t.deleteAll }).click();
      await v.page.getByRole("button", { name: t.deleteAllYes }).click();
      await waitSummary(v.page, t.dbSummary(0, 0, false));
      assert.equal(await v.page.locator("#transfer-status").textContent(), t.deleted);
      await assertClean(v, "zh/database");
    });
  });
});
