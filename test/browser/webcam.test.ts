/**
 * The webcam page in Chromium with a fake camera: a y4m video made from the bundled photos (group
 * photo, portrait, Anthony Hopkins) at 640×480. Faces get boxed on the overlay, the FPS and latency
 * readout appears, the tracker runs between detections; with the camera refused, or with no camera
 * at all, the page says so instead of failing. Reports the measured FPS and latency as diagnostics.
 *
 * Both editions. The English one runs the whole flow; the Chinese one (same code, text from its
 * message table) runs the video with boxes, its readout, the empty-database note and the refused
 * camera, but not the leak and restart checks (language-independent) nor the enrolment round trip,
 * whose database side is the database page's (tested there in both editions).
 */
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { ROOT } from "../../harness/paths.js";
import { writeY4m } from "../../harness/y4m.js";
import { cellErrors, startSite, unavailable, type Site, type Visit } from "../../harness/browser.js";
import { axeViolations } from "../../harness/axe.js";
import { EDITIONS, literal } from "../../harness/editions.js";

const skip = unavailable();
const PHOTOS = ["group.jpg", "portrait.jpg", "Anthony_Hopkins_0001.jpg"].map((f) => path.join(ROOT, "docs/photos", f));

async function assertClean(v: Visit, label: string) {
  assert.deepEqual(await cellErrors(v.page), [], `${label}: cell errors`);
  assert.deepEqual(v.errors, [], `${label}: console errors, exceptions or failed responses`);
  assert.deepEqual(v.external, [], `${label}: requests outside the site's origin`);
}

let tmp = "";
let camera: Site;
before(async () => {
  if (skip) return;
  tmp = await mkdtemp(path.join(tmpdir(), "facelab-webcam-"));
  const video = path.join(tmp, "faces.y4m");
  await writeY4m(video, PHOTOS, { width: 640, height: 480, fps: 15, framesPerPhoto: 45, panPerFrame: 2 });
  camera = await startSite({ args: ["--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream", `--use-file-for-fake-video-capture=${video}`] });
});
after(async () => {
  await camera?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

for (const ed of EDITIONS)
  describe(`${ed.lang}: webcam page`, { skip: skip ?? false }, () => {
    const m = ed.msg.webcam;
    const en = ed.lang === "en";

    test("with a fake camera at 640×480, faces are boxed and the FPS readout appears", async (t) => {
      // Every stream the page opens is kept, so the test can see which of its tracks are still live.
      const v = await camera.open(`${ed.prefix}webcam`, {
        locale: ed.locale,
        init: () => {
          const w = window as unknown as { facelabStreams: MediaStream[] };
          w.facelabStreams = [];
          const gum = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
          navigator.mediaDevices.getUserMedia = async (c) => {
            const s = await gum(c);
            w.facelabStreams.push(s);
            return s;
          };
        },
      });
      const liveTracks = () =>
        v.page.evaluate(() =>
          (window as unknown as { facelabStreams: MediaStream[] }).facelabStreams.map((s) => s.getTracks().filter((t) => t.readyState === "live").length),
        );
      const stats = v.page.locator("#webcam-stats");
      await v.page.waitForFunction(() => Number(document.querySelector<HTMLElement>("#webcam-stats")?.dataset.detections ?? 0) >= 3, null, {
        timeout: 180_000,
      });
      // The readout as the table writes it, every measured figure a number.
      const readout = literal(m.stats(1111, 640, 480, "2222", "3333", 4444, "5555", 3))
        .source.replace("1111", "\\d+")
        .replace("2222", "\\d+")
        .replace("3333", "\\d+");
      assert.match((await stats.textContent()) ?? "", new RegExp(readout.slice(0, readout.indexOf("4444"))));
      assert.match((await v.page.locator("#webcam-db").textContent()) ?? "", literal(m.dbEmpty.trim()));
      // Let it run for a while, then read the numbers the page measured.
      await v.page.waitForTimeout(en ? 10_000 : 3000);
      const d = await stats.evaluate((e: HTMLElement) => ({ ...e.dataset }));
      t.diagnostic(`${ed.lang} webcam 640×480 wasm, k=3: ${JSON.stringify(d)}`);
      assert.ok(Number(d.fps) > 0, "frames are being drawn");
      const boxed = await v.page
        .waitForFunction(() => Number(document.querySelector<HTMLElement>("#webcam-stats")?.dataset.faces ?? 0) > 0, null, { timeout: 60_000 })
        .then(() => true);
      assert.ok(boxed, "a face is boxed");
      const inked = await v.page.locator("canvas.webcam-overlay").evaluate((c: HTMLCanvasElement) => {
        const px = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 3; i < px.length; i += 4) n += px[i] > 0 ? 1 : 0;
        return n;
      });
      assert.ok(inked > 200, `the overlay has boxes drawn on it (${inked} pixels)`);
      assert.deepEqual(await axeViolations(v.page), [], "no serious accessibility violation with the video running");
      assert.equal(await v.page.locator(".lesson-goals").count(), 1);
      assert.equal(await v.page.locator(".takeaways").count(), 1);
      assert.ok((await v.page.locator("details.under-hood").count()) >= 2);
      assert.ok((await v.page.locator(".references li").count()) >= 5);
      if (!en) {
        await assertClean(v, `${ed.lang} webcam`);
        await v.page.close();
        return; // leaks, restart and pagehide: language-independent, checked on the English edition
      }
      // Tensors stay flat frame after frame, and across a camera restart (the loop and the stream are
      // released on invalidation; the networks stay loaded).
      const tensors = () => stats.evaluate((e: HTMLElement) => Number(e.dataset.tensors));
      const before = await tensors();
      await v.page.waitForTimeout(3000);
      assert.equal(await tensors(), before, "no tensor leak between frames");
      await v.page.getByLabel("320×240").check();
      // The restarted loop reports at the new size once the camera cell has finished (its pagehide hook is set by then).
      await v.page.waitForFunction(() => /320×240/.test(document.querySelector("#webcam-stats")?.textContent ?? ""), null, { timeout: 60_000 });
      await v.page.waitForFunction(() => Number(document.querySelector<HTMLElement>("#webcam-stats")?.dataset.detections ?? 0) >= 2, null, { timeout: 60_000 });
      assert.equal(await v.page.locator("#webcam-stats").evaluate((e: HTMLElement) => Number(e.dataset.tensors)), before, "no leak across a restart");
      const live = await liveTracks();
      assert.ok(
        live.length >= 2 && live.slice(0, -1).every((n) => n === 0) && live.at(-1) === 1,
        `the restart ended the first camera stream and only the new one is live: ${JSON.stringify(live)}`,
      );
      await assertClean(v, "webcam");
      // Leaving the page (Framework re-runs no cell on a new page: the old document is unloaded) ends the camera.
      const stream = await v.page.evaluateHandle(() => (window as unknown as { facelabStreams: MediaStream[] }).facelabStreams.at(-1)!);
      await v.page.evaluate(() => window.dispatchEvent(new PageTransitionEvent("pagehide", { persisted: false })));
      assert.equal(await stream.evaluate((s: MediaStream) => s.getTracks().every((t) => t.readyState === "ended")), true, "pagehide stops the camera");
      await v.page.close();
    });

    test("a person of the face database is named: demo database trained on the database page, held-back photo on camera", {
      skip: !en && "English edition only: the database side is the database page's; its steps use the English edition",
    }, async (t) => {
      const video = path.join(tmp, "bush.y4m");
      await writeY4m(video, [path.join(ROOT, "docs/lfw-batch/George_W_Bush_0004.jpg")], {
        width: 640,
        height: 480,
        fps: 15,
        framesPerPhoto: 30,
        panPerFrame: 1,
      });
      const site = await startSite({
        args: ["--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream", `--use-file-for-fake-video-capture=${video}`],
      });
      try {
        const v = await site.open("database");
        await v.page.waitForFunction(() => document.querySelector("#demo-database") && document.querySelector(".busy")?.textContent === "", null, {
          timeout: 180_000,
        });
        await v.page.locator("#demo-database").click();
        await v.page.waitForFunction(() => document.querySelector("#db-summary")?.textContent === "4 people · 12 faces", null, { timeout: 180_000 });
        await v.page.locator("#train-model").click();
        await v.page.waitForFunction(() => /Trained on 12 faces of 4 people/.test(document.querySelector("#train-status")?.textContent ?? ""), null, {
          timeout: 60_000,
        });
        await v.page.goto(site.url + "webcam"); // same browser context: same IndexedDB
        assert.match(
          (await v.page.locator("#webcam-db").textContent({ timeout: 60_000 })) ?? "",
          /Recognising the 4 people of your face database with its trained SVM/,
        );
        const named = await v.page.waitForFunction(
          () => {
            const labels = JSON.parse(document.querySelector<HTMLElement>("canvas.webcam-overlay")?.dataset.labels ?? "[]") as string[];
            return labels.find((l) => l.startsWith("George W Bush")) ?? false;
          },
          null,
          { timeout: 180_000 },
        );
        t.diagnostic(`held-back George_W_Bush_0004 on the fake camera: ${await named.jsonValue()}`);
        assert.deepEqual(await cellErrors(v.page), []);
        assert.deepEqual(v.external, []);
        await v.page.close();
      } finally {
        await site.close();
      }
    });

    test("with the camera permission refused, the page explains how to allow it", async () => {
      const refused = await startSite({ args: ["--use-fake-device-for-media-stream", "--deny-permission-prompts"] });
      try {
        const v = await refused.open(`${ed.prefix}webcam`, { locale: ed.locale });
        const problem = v.page.locator("#webcam-problem");
        await problem.waitFor({ timeout: 120_000 });
        const said = (await problem.textContent()) ?? "";
        assert.ok(said.includes(m.camera.denied) || said.includes(m.camera.notFound), said);
        assert.deepEqual(await cellErrors(v.page), []);
        assert.equal(await v.page.locator("#webcam-stats").count(), 0);
        assert.deepEqual(await axeViolations(v.page), [], "no serious accessibility violation without a camera");
        await v.page.close();
      } finally {
        await refused.close();
      }
    });
  });
