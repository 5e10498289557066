/**
 * The SRN page in a real browser: it renders every cell without errors or off-site requests, draws
 * the anchors of a bundled WIDER image, and the level and step selectors change what is drawn and counted.
 */
import assert from "node:assert/strict";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { ROOT } from "../../harness/paths.js";
import { assertClean, startSite, unavailable, type Site } from "../../harness/browser.js";

const skip = unavailable();

describe("SRN page", { skip: skip ?? false }, () => {
  let site: Site;
  before(async () => {
    site = await startSite();
  });
  after(async () => {
    await site?.close();
  });

  test("renders cleanly, and the anchor view follows the level and step selectors", async (t) => {
    const v = await site.open("srn");
    const count = v.page.locator(".anchor-count");
    await v.page.waitForFunction(() => /^P3 · step one: 22,016 anchors/.test(document.querySelector(".anchor-count")?.textContent ?? ""), null, {
      timeout: 60_000,
    });
    const p3 = await count.textContent();
    t.diagnostic(`default view: ${p3}`);
    // The bundled dancing crowd has 68 annotated faces; some P3 anchors must match them.
    assert.match(await v.page.locator(".anchor-view figcaption").innerText(), /68 faces \(WIDER FACE annotations\)/);
    assert.match(p3 ?? "", /— [1-9]\d* positive/);
    const pixels = () => v.page.locator(".anchor-view canvas").evaluate((c: HTMLCanvasElement) => c.toDataURL());
    const before = await pixels();

    await v.page.getByLabel("P5").check();
    await v.page.waitForFunction(() => /^P5 · step one: 1,408 anchors/.test(document.querySelector(".anchor-count")?.textContent ?? ""));
    assert.notEqual(await pixels(), before, "the drawn anchors change with the level");

    await v.page.getByLabel("P2").check();
    await v.page.waitForFunction(() => /^P2 · step one: 87,552 anchors/.test(document.querySelector(".anchor-count")?.textContent ?? ""));
    const stepOne = Number((await count.textContent())!.match(/— ([\d,]+) positive/)![1].replace(/,/g, ""));
    await v.page.getByLabel("step two").check();
    await v.page.waitForFunction(() => /^P2 · step two/.test(document.querySelector(".anchor-count")?.textContent ?? ""));
    const stepTwo = Number((await count.textContent())!.match(/— ([\d,]+) positive/)![1].replace(/,/g, ""));
    t.diagnostic(`P2 positives on the dancing crowd: step one ${stepOne}, step two ${stepTwo}`);
    assert.ok(stepTwo > stepOne, "the looser step-two threshold makes more positives");

    await v.page.waitForLoadState("networkidle");
    await assertClean(v, "srn");
    await v.page.close();
  });

  test("an uploaded photo gets anchors matched to MTCNN's detections, labelled as such", async (t) => {
    const v = await site.open("srn");
    await v.page.locator(".anchor-count").waitFor({ timeout: 60_000 });
    await v.page.locator('.photo-picker input[type="file"]').setInputFiles(path.join(ROOT, "docs/photos/group.jpg"));
    const caption = v.page.locator(".anchor-view figcaption");
    await v.page.waitForFunction(() => /MTCNN detections, not ground truth/.test(document.querySelector(".anchor-view figcaption")?.textContent ?? ""), null, {
      timeout: 120_000,
    });
    const text = await caption.innerText();
    t.diagnostic(text.split("\n")[0]);
    assert.match(text, /Blue: 6 faces \(MTCNN detections, not ground truth\)/);
    await assertClean(v, "srn upload");
    await v.page.close();
  });

  test("the architecture diagram describes a level on hover and follows the input size", async () => {
    const v = await site.open("srn");
    const p4 = v.page.locator('.srn-level[data-level="P4"]');
    await p4.waitFor();
    await p4.hover();
    assert.match((await v.page.locator(".srn-arch-info").textContent()) ?? "", /^P4: 64 × 64 cells × 256 channels \(stride 16\)/);
    assert.match((await p4.textContent()) ?? "", /64×64×256/);
    await assertClean(v, "srn architecture");
    await v.page.close();
  });
});
