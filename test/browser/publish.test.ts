/**
 * The built site as an instructor publishes it: under a sub-path (not the root), once from a host that
 * sends the cross-origin isolation headers (COOP same-origin, COEP require-corp: wasm runs threaded) and
 * once from one that does not (GitHub Pages: wasm runs on one thread). In both: the page is isolated or
 * not as expected, /mtcnn's first detection appears and finds the same boxes, the status line next to
 * the backend choice says threads or one thread (and why), every request stays on the site's origin and
 * nothing errs — in both editions. Under isolation, the pages that start workers or wasm otherwise
 * (/clusters' t-SNE worker, /webcam's camera loop) still work: COEP require-corp blocks any
 * cross-origin resource without CORP, and the site has none.
 */
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import type { Page } from "playwright-core";
import { assertClean, startSite, unavailable, type Site } from "../../harness/browser.js";
import { EDITIONS, literal, type Edition } from "../../harness/editions.js";
import { ROOT } from "../../harness/paths.js";
import { writeY4m } from "../../harness/y4m.js";

const skip = unavailable();
const TIMEOUT = 120_000;
/** A sub-path other than the other browser tests' (/course/facelab/), two levels deep. */
const BASE = "/teaching/2026/facelab/";
const MODES = [
  { name: "isolated", isolate: true },
  { name: "not isolated", isolate: false },
] as const;

/** Waits for the first detection of the default photo; returns its faces' boxes (rounded to 0.01 px). */
async function firstDetection(page: Page, ed: Edition): Promise<number[][]> {
  const name = ed.msg.mtcnn.samples["Group photo"];
  await page.waitForFunction(
    ([a, b]) => (document.querySelector("#detect-summary")?.textContent ?? "").includes(a + b),
    [ed.msg.mtcnn.summaryBefore(name), ed.msg.mtcnn.inPhoto(name)],
    { timeout: TIMEOUT },
  );
  const boxes = await page.locator("canvas[data-boxes]").getAttribute("data-boxes", { timeout: TIMEOUT });
  return JSON.parse(boxes ?? "[]");
}

let tmp = "";
const sites = new Map<boolean, Site>();
before(async () => {
  if (skip) return;
  tmp = await mkdtemp(path.join(tmpdir(), "facelab-publish-"));
  const video = path.join(tmp, "faces.y4m");
  const photos = ["group.jpg", "portrait.jpg"].map((f) => path.join(ROOT, "docs/photos", f));
  await writeY4m(video, photos, { width: 640, height: 480, fps: 15, framesPerPhoto: 30, panPerFrame: 2 });
  const camera = ["--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream", `--use-file-for-fake-video-capture=${video}`];
  for (const { isolate } of MODES) sites.set(isolate, await startSite({ base: BASE, serve: { isolate }, args: isolate ? camera : [] }));
});
after(async () => {
  for (const s of sites.values()) await s.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe("the published site, with and without the isolation headers", { skip: skip ?? false }, () => {
  const boxes = new Map<string, number[][]>();

  for (const ed of EDITIONS)
    for (const mode of MODES)
      test(`${ed.lang}, ${mode.name}: /mtcnn detects, and says how many threads wasm runs on`, async (tc) => {
        const diagnostic = (m: string) => tc.diagnostic(m);
        const site = sites.get(mode.isolate)!;
        assert.ok(new URL(site.url).pathname === BASE, "served under the sub-path");
        const v = await site.open(`${ed.prefix}mtcnn`, { locale: ed.locale });
        assert.equal(await v.page.evaluate(() => crossOriginIsolated), mode.isolate, "crossOriginIsolated");
        const found = await firstDetection(v.page, ed);
        assert.ok(found.length > 0, "faces found on the default photo");
        boxes.set(`${ed.lang} ${mode.name}`, found);

        const t = ed.msg.common;
        const status = v.page.locator(".backend-status");
        await status.waitFor({ timeout: TIMEOUT });
        const text = (await status.textContent()) ?? "";
        const threads = Number(await status.getAttribute("data-threads"));
        const wasmFiles = await v.page.evaluate(() =>
          performance
            .getEntriesByType("resource")
            .map((e) => e.name)
            .filter((u) => u.endsWith(".wasm")),
        );
        // The threaded binary runs exactly when the page is isolated; the line reports the threads tfjs
        // says it uses (tfjs-backend-wasm 4.22's threaded build reports 1 whatever it is asked: see README).
        assert.equal(
          wasmFiles.some((u) => u.includes("threaded-simd")),
          mode.isolate,
          `threaded binary loaded: ${wasmFiles}`,
        );
        if (mode.isolate) {
          assert.ok(threads >= 1);
          assert.equal(text, `wasm · ${t.simd} · ${t.threads(threads)}`);
        } else {
          assert.equal(threads, 1);
          assert.equal(text, `wasm · ${t.simd} · ${t.threads(1)} — ${t.noIsolation}`);
        }
        diagnostic(`${ed.lang} ${mode.name}: "${text}"`);
        assert.match(text, literal("wasm"));
        await assertClean(v, `${ed.lang} /mtcnn ${mode.name}`);
        await v.page.close();
      });

  test("the boxes are the same with threads and on one thread, in both editions", () => {
    const runs = [...boxes.entries()];
    assert.equal(runs.length, EDITIONS.length * MODES.length);
    for (const [label, found] of runs) assert.deepEqual(found, runs[0][1], `${label} against ${runs[0][0]}`);
  });

  test("isolated: /clusters' t-SNE worker iterates", async () => {
    const v = await sites.get(true)!.open("clusters");
    await v.page.waitForFunction(() => Number(document.querySelector(".tsne-live .tsne-iteration")?.textContent) > 5, null, { timeout: TIMEOUT });
    assert.equal(await v.page.evaluate(() => crossOriginIsolated), true);
    await assertClean(v, "/clusters isolated");
    await v.page.close();
  });

  test("isolated: /webcam boxes faces from the camera", async () => {
    const v = await sites.get(true)!.open("webcam");
    await v.page.waitForFunction(() => Number(document.querySelector<HTMLElement>("#webcam-stats")?.dataset.detections ?? 0) >= 2, null, {
      timeout: TIMEOUT,
    });
    assert.equal(await v.page.evaluate(() => crossOriginIsolated), true);
    await assertClean(v, "/webcam isolated");
    await v.page.close();
  });
});
