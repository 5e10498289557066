/**
 * facelab's WebGL programs for MTCNN (src/mtcnn/accelerators/glConv.ts, glConvPool.ts, glPool.ts) in a real
 * Chromium on its software WebGL (SwiftShader): every k×k conv layer of P-, R- and O-Net on the real
 * weights matches tf.fused.conv2d, every conv + pool pair of the nets matches tf.fused.conv2d then
 * tf.maxPool, every pool shape matches tf.maxPool, whole detections match tfjs's kernels (same
 * faces, boxes and landmarks to 1e-3 px), tfjs really runs fewer of its own conv / pool kernels with
 * them on, and a detection leaves no tensor behind.
 */
import assert from "node:assert/strict";
import { cpSync, existsSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { build } from "esbuild";
import { chromium, type Browser, type Page } from "playwright-core";
import type { Face } from "../../src/core/types.js";
import { ROOT } from "../../harness/paths.js";
import { CHROMIUM } from "../../harness/browser.js";
import { serve } from "../../harness/serve.js";

const PHOTOS = ["group.jpg", "portrait.jpg", "Anthony_Hopkins_0001.jpg"];
const why = !existsSync(CHROMIUM) ? `no Chromium at ${CHROMIUM}` : !existsSync(path.join(ROOT, "lib/index.js")) ? "no lib/ (npm run build:lib)" : null;
if (why && process.env.CI) throw new Error(`glKernels browser test cannot run: ${why}`);

describe("facelab's WebGL programs for MTCNN", { skip: why ?? false, timeout: 600_000 }, () => {
  let browser: Browser;
  let page: Page;
  let close: () => Promise<void>;
  const errors: string[] = [];
  const call = <T>(fn: string, ...args: unknown[]) =>
    page.evaluate(([f, a]) => window.glCheck[f as string](...(a as never[])), [fn, args] as const) as Promise<T>;

  before(async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "facelab-gl-"));
    await build({
      entryPoints: [path.join(ROOT, "test/browser/glKernelsPage.ts")],
      outfile: path.join(dir, "page.js"),
      bundle: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      logLevel: "error",
      external: ["fs", "path", "crypto", "os", "worker_threads", "perf_hooks", "util"],
    });
    writeFileSync(
      path.join(dir, "index.html"),
      `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module" src="page.js"></script>`,
    );
    cpSync(path.join(ROOT, "models/mtcnn"), path.join(dir, "models/mtcnn"), { recursive: true });
    for (const p of PHOTOS) cpSync(path.join(ROOT, "docs/photos", p), path.join(dir, p));
    const server = await serve(dir, "/gl/");
    // SwiftShader gives headless Chromium a WebGL 2 context without a GPU, as in bench/browserSession.ts.
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-background-networking",
        "--use-angle=swiftshader",
        "--enable-unsafe-swiftshader",
        "--ignore-gpu-blocklist",
      ],
    });
    page = await browser.newPage();
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    await page.goto(server.url);
    await page.waitForFunction(() => window.glReady !== undefined, null, { timeout: 60_000 });
    assert.equal(await page.evaluate(() => window.glReady), "webgl", "Chromium's software WebGL did not start");
    close = async () => {
      await browser.close();
      await server.close();
    };
  });
  after(async () => close?.());

  test("every k×k conv of P-, R- and O-Net matches tf.fused.conv2d on the real weights (and a looped one without PReLU)", async () => {
    const rows = await call<{ layer: string; shape: number[]; refShape: number[]; relErr: number }[]>("layers");
    assert.equal(rows.length, 3 + 3 + 4 + 1, rows.map((r) => r.layer).join(", "));
    for (const r of rows) {
      assert.deepEqual(r.shape, r.refShape, r.layer);
      assert.ok(r.relErr < 1e-5, `${r.layer}: relative error ${r.relErr}`);
    }
  });

  test("every conv + pool of the nets, fused in one program, matches tf.fused.conv2d then tf.maxPool on the real weights", async () => {
    const rows = await call<{ layer: string; fits: boolean; shape: number[]; refShape: number[]; relErr: number }[]>("convPools");
    assert.equal(rows.length, 3 + 1 + 1 + 1 + 1 + 1 + 1, rows.map((r) => r.layer).join(", "));
    for (const r of rows) {
      assert.ok(r.fits, `${r.layer}: the nets' pools should all fit the fused program`);
      assert.deepEqual(r.shape, r.refShape, r.layer);
      assert.ok(Number.isFinite(r.relErr) && r.relErr < 1e-5, `${r.layer}: relative error ${r.relErr}`);
    }
  });

  test("max pools match tf.maxPool exactly, odd sides and leading padding included", async () => {
    const rows = await call<{ pool: string; shape: number[]; refShape: number[]; relErr: number }[]>("pools");
    for (const r of rows) {
      assert.deepEqual(r.shape, r.refShape, r.pool);
      assert.equal(r.relErr, 0, r.pool);
    }
  });

  test("detections equal tfjs's kernels', run fewer tfjs conv / pool kernels and leave no tensor", async () => {
    const r = await call<{ backend: string; ours: Face[][]; theirs: Face[][]; leaked: number; kernelsOurs: string[]; kernelsTheirs: string[] }>(
      "detect",
      PHOTOS,
    );
    assert.equal(r.backend, "webgl");
    let faces = 0;
    r.ours.forEach((ours, i) => {
      assert.equal(ours.length, r.theirs[i].length, `${PHOTOS[i]}: face count`);
      ours.forEach((f, j) => {
        const t = r.theirs[i][j];
        faces += 1;
        assert.ok(Math.abs(f.score - t.score) < 1e-4, `${PHOTOS[i]} face ${j}: score ${f.score} vs ${t.score}`);
        f.box.forEach((v, k) => assert.ok(Math.abs(v - t.box[k]) < 1e-3, `${PHOTOS[i]} face ${j}: box ${f.box} vs ${t.box}`));
        f.landmarks.flat().forEach((v, k) => assert.ok(Math.abs(v - t.landmarks.flat()[k]) < 1e-3, `${PHOTOS[i]} face ${j}: landmarks`));
      });
    });
    assert.ok(faces >= 3, `only ${faces} faces found in ${PHOTOS.join(", ")}`);
    assert.equal(r.leaked, 0, "tensors left after detections");
    const count = (names: string[], k: string) => names.filter((n) => n === k).length;
    assert.ok(count(r.kernelsTheirs, "MaxPool") > 0, "the profile recorded no tfjs max pool even without the programs");
    assert.equal(count(r.kernelsOurs, "MaxPool"), 0, "tfjs max pool still ran");
    assert.ok(
      count(r.kernelsOurs, "FusedConv2D") < count(r.kernelsTheirs, "FusedConv2D"),
      `FusedConv2D: ${count(r.kernelsOurs, "FusedConv2D")} with facelab's programs, ${count(r.kernelsTheirs, "FusedConv2D")} without`,
    );
    assert.deepEqual(errors, []);
  });
});
