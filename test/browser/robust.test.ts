/**
 * The upload flows on the bad-input corpus (test/helpers/badInputs.ts), in the built site: each file
 * set on the MTCNN page's photo picker is decoded with its EXIF orientation and detected, or refused
 * with one line naming it and the problem, and the page keeps working; the compare page's pickers
 * answer the same (the distance matrix names and leaves out a bad file among several); and 100 uploads leave the tensor count (the page's tfjs meter) flat.
 * The Chinese edition refuses the same files, and reports a reduced copy, in Chinese.
 */
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import type { Page } from "playwright-core";
import sharp from "sharp";
import { BROWSER_DETECT_BUDGET, detectionSize, isReduced, pixelsForBudget, reductionNotice, reductionRatio } from "../../src/image/imageLimits.js";
import { makeCorpus, type CorpusFile } from "../helpers/badInputs.js";
import { ROOT } from "../../harness/paths.js";
import { cellErrors, startSite, unavailable, type Site, type Visit } from "../../harness/browser.js";
import { EDITIONS } from "../../harness/editions.js";
import type { ImageProblem } from "../../src/image/imageBytes.js";

const ZH = EDITIONS[1];

const skip = unavailable();
const TIMEOUT = 180_000;

const summaryText = (page: Page) =>
  page
    .locator("#detect-summary")
    .textContent()
    .then((t) => t ?? "");
const statusText = (page: Page, i = 0) =>
  page
    .locator(".photo-picker-status")
    .nth(i)
    .textContent()
    .then((t) => t ?? "");

/** Waits until the summary names `name` (a detection finished) or the picker's status reports a problem with it. */
async function settle(page: Page, name: string): Promise<void> {
  await page.waitForFunction(
    (n) =>
      (document.querySelector("#detect-summary")?.textContent ?? "").includes(` in ${n} (`) ||
      (document.querySelector(".photo-picker-status.error")?.textContent ?? "").startsWith(`${n}: `),
    name,
    { timeout: TIMEOUT },
  );
}

/** The centre of the best face's box on the MTCNN page. */
async function bestCentre(page: Page): Promise<[number, number]> {
  const [[x1, y1, x2, y2]] = JSON.parse((await page.locator("#detect-summary").getAttribute("data-boxes")) ?? "[]") as number[][];
  return [(x1 + x2) / 2, (y1 + y2) / 2];
}

async function assertClean(v: Visit, label: string) {
  assert.deepEqual(await cellErrors(v.page), [], `${label}: cell errors`);
  assert.deepEqual(v.errors, [], `${label}: console errors, exceptions or failed responses`);
  assert.deepEqual(v.external, [], `${label}: requests outside the site's origin`);
}

describe("upload flows on the bad-input corpus", { skip: skip ?? false }, () => {
  let site: Site;
  let tmp = "";
  let corpus: CorpusFile[] = [];
  before(async () => {
    tmp = await mkdtemp(path.join(tmpdir(), "facelab-uploads-"));
    corpus = await makeCorpus(tmp);
    site = await startSite();
  });
  after(async () => {
    await site?.close();
    await rm(tmp, { recursive: true, force: true });
  });

  test("the MTCNN page answers every corpus file and keeps working", async (t) => {
    const v = await site.open("mtcnn");
    await v.page.waitForFunction(() => /6 faces in Group photo/.test(document.querySelector("#detect-summary")?.textContent ?? ""), null, { timeout: TIMEOUT });
    await v.page.getByRole("button", { name: "Portrait" }).click();
    await v.page.waitForFunction(() => /in Portrait \(/.test(document.querySelector("#detect-summary")?.textContent ?? ""), null, { timeout: TIMEOUT });
    const [cx, cy] = await bestCentre(v.page);
    const input = v.page.locator('.photo-picker input[type="file"]');
    for (const f of corpus) {
      const expect = f.browser ?? f.expect;
      await input.setInputFiles(f.file);
      await settle(v.page, f.name);
      const [summary, status] = [await summaryText(v.page), await statusText(v.page)];
      t.diagnostic(`${f.name}: ${expect.kind === "refused" ? status : `${summary.split(" — ")[0]} | ${status}`}`);
      if (expect.kind === "refused") {
        assert.match(status.slice(f.name.length + 2), expect.message, f.name);
        assert.doesNotMatch(summary, new RegExp(` in ${f.name} `), `${f.name}: nothing detected on a refused file`);
        continue;
      }
      const n = Number(/^(\d+) face/.exec(summary)?.[1]);
      assert.ok(n >= expect.min && n <= expect.max, `${f.name}: ${n} faces, expected ${expect.min}–${expect.max}`);
      // The summary gives the photo's own size; a photo over the page's budget is detected on a copy, and says so.
      const [width, height] = f.size as [number, number];
      assert.ok(summary.includes(`in ${f.name} (${width}×${height}`), `${f.name}: ${summary}`);
      const used = detectionSize({ width, height }, { maxPixels: pixelsForBudget(BROWSER_DETECT_BUDGET) });
      if (isReduced({ width, height }, used)) {
        assert.equal(status, `${f.name}: ${reductionNotice({ width, height }, used)}`);
        assert.ok(summary.includes(`detected on a ${reductionRatio({ width, height }, used)} copy, ${used.width}×${used.height}`), summary);
        const boxes = JSON.parse((await v.page.locator("#detect-summary").getAttribute("data-boxes")) ?? "[]") as number[][];
        assert.ok(
          boxes.every((b) => b[2] <= width && b[3] <= height) && boxes.some((b) => b[2] > used.width),
          `${f.name}: boxes in the photo's pixels: ${JSON.stringify(boxes)}`,
        );
      }
      if (f.orientation !== undefined) {
        const [x, y] = await bestCentre(v.page);
        assert.ok(Math.hypot(x - cx, y - cy) < 8, `orientation ${f.orientation}: face at (${x}, ${y}), the Portrait sample's at (${cx}, ${cy})`);
      }
    }
    await input.setInputFiles(path.join(ROOT, "docs/photos/group.jpg"));
    await v.page.waitForFunction(() => /^6 faces in group\.jpg/.test(document.querySelector("#detect-summary")?.textContent ?? ""), null, { timeout: TIMEOUT });
    await assertClean(v, "mtcnn uploads");
    await v.page.close();
  });

  test("the compare page's pickers refuse bad files, say when there is no face, and still compare", async () => {
    const v = await site.open("compare");
    await v.page.waitForFunction(() => /the same person/.test(document.querySelector("#verdict")?.textContent ?? ""), null, { timeout: TIMEOUT });
    const inputB = v.page.locator(".photo-picker").nth(1).locator('input[type="file"]');
    const byName = (n: string) => corpus.find((f) => f.name === n) as CorpusFile;
    for (const bad of ["truncated.jpg", "photo.heic", "notes.txt", "drawing.svg"]) {
      await inputB.setInputFiles(byName(bad).file);
      await v.page.waitForFunction((n) => (document.querySelectorAll(".photo-picker-status")[1]?.textContent ?? "").startsWith(`${n}: `), bad, {
        timeout: TIMEOUT,
      });
      assert.match((await statusText(v.page, 1)).slice(bad.length + 2), (byName(bad).expect as { message: RegExp }).message);
    }
    assert.match((await v.page.locator("#verdict").textContent()) ?? "", /the same person/, "the previous photo B still counts");
    await inputB.setInputFiles(byName("no-face.jpg").file);
    await v.page.waitForFunction(() => /No face found in no-face\.jpg/.test(document.body.textContent ?? ""), null, { timeout: TIMEOUT });
    await inputB.setInputFiles(byName("orientation-6.jpg").file);
    await v.page.waitForFunction(
      () =>
        /different people|the same person/.test(document.querySelector("#verdict")?.textContent ?? "") &&
        !/Choose two/.test(document.querySelector("#verdict")?.textContent ?? ""),
      null,
      { timeout: TIMEOUT },
    );
    // The distance matrix takes several files at once: the bad one is named and left out, the rest compared.
    await v.page.locator('input[type="file"][multiple]').setInputFiles(["photo.webp", "grayscale.jpg", "truncated.jpg"].map((n) => byName(n).file));
    await v.page.waitForFunction(() => /truncated\.jpg: truncated JPEG/.test(document.querySelector("#matrix-refused")?.textContent ?? ""), null, {
      timeout: TIMEOUT,
    });
    await v.page.waitForFunction(() => document.querySelectorAll("svg g.matrix-cell rect").length === 4, null, { timeout: TIMEOUT });
    await assertClean(v, "compare uploads");
    await v.page.close();
  });

  test("100 uploads leave the tensor count flat", async (t) => {
    const v = await site.open("mtcnn");
    await v.page.waitForFunction(() => /6 faces in Group photo/.test(document.querySelector("#detect-summary")?.textContent ?? ""), null, { timeout: TIMEOUT });
    const small = await sharp(await readFile(path.join(ROOT, "docs/photos/Anthony_Hopkins_0001.jpg")))
      .resize(120)
      .jpeg()
      .toBuffer();
    const input = v.page.locator('.photo-picker input[type="file"]');
    const tensors = async () => {
      await v.page.waitForTimeout(700); // the meter redraws every 500 ms
      return Number(/(\d+) tensors/.exec((await v.page.locator(".tensor-meter").textContent()) ?? "")?.[1]);
    };
    const counts: number[] = [];
    for (let i = 1; i <= 100; i++) {
      const name = `upload-${i}.jpg`;
      await input.setInputFiles({ name, mimeType: "image/jpeg", buffer: small });
      await v.page.waitForFunction((n) => (document.querySelector("#detect-summary")?.textContent ?? "").includes(` in ${n} (`), name, { timeout: TIMEOUT });
      if (i % 10 === 0) counts.push(await tensors());
    }
    t.diagnostic(`tensors after uploads 10, 20, …, 100: ${counts.join(" ")}`);
    assert.ok(counts[0] > 0, "the meter reads the detector's weights");
    assert.deepEqual(counts, Array(10).fill(counts[0]));
    await assertClean(v, "100 uploads");
    await v.page.close();
  });

  test("zh: the Chinese MTCNN page refuses bad files and reports a reduced copy in Chinese", async (t) => {
    const v = await site.open("zh/mtcnn", { locale: ZH.locale });
    // The first sample's detection has landed when the summary carries its boxes.
    await v.page.waitForFunction(() => document.querySelector("#detect-summary")?.hasAttribute("data-boxes"), null, { timeout: TIMEOUT });
    const input = v.page.locator('.photo-picker input[type="file"]');
    const c = ZH.msg.common;
    const refusals: [string, ImageProblem][] = [
      ["empty.jpg", "empty"],
      ["truncated.jpg", "truncated-jpeg"],
      ["truncated.png", "truncated-png"],
      ["notes.txt", "not-image"],
      ["photo.tiff", "tiff"],
      ["photo.heic", "heic"],
      ["drawing.svg", "svg"],
    ];
    for (const [name, code] of refusals) {
      await input.setInputFiles(corpus.find((f) => f.name === name)?.file ?? name);
      const expected = c.named(name, c.problem[code]);
      await v.page.waitForFunction((e) => document.querySelector(".photo-picker-status.error")?.textContent === e, expected, { timeout: TIMEOUT });
    }
    const huge = corpus.find((f) => f.name.startsWith("huge-")) as CorpusFile;
    const [width, height] = huge.size as [number, number];
    const used = detectionSize({ width, height }, { maxPixels: pixelsForBudget(BROWSER_DETECT_BUDGET) });
    await input.setInputFiles(huge.file);
    const notice = c.named(huge.name, c.reducedCopy(reductionRatio({ width, height }, used), `${used.width}×${used.height}`, `${width}×${height}`));
    await v.page.waitForFunction((e) => document.querySelector(".photo-picker-status")?.textContent === e, notice, { timeout: TIMEOUT });
    t.diagnostic(notice);
    await assertClean(v, "zh mtcnn uploads");
    await v.page.close();
  });
});
