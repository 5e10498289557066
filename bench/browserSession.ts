/**
 * A headless Chromium session on the benchmark page: Debian's /usr/bin/chromium via playwright-core
 * (SwiftShader allowed, so WebGL exists without a GPU), the page built by bench/buildBenchPage.ts and
 * served on loopback, the photos written beside it as raw RGBA. Records every request that leaves
 * the page's origin (there must be none) and relays the page's `[bench]` progress lines.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import sharp from "sharp";
import { serve } from "../harness/serve.js";
import { buildBenchPage } from "./buildBenchPage.js";

/** A photo to write: its name (key in the reference JSON), file and whether to crop it to 640×480. */
export interface PhotoSpec {
  name: string;
  file: string;
}

export interface BenchSession {
  page: Page;
  browserVersion: string;
  external: string[];
  errors: string[];
  /** Calls `window.bench[fn](...args)` in the page. */
  call<T>(fn: string, ...args: unknown[]): Promise<T>;
  close(): Promise<void>;
}

/** Writes `photos` as `photos/<set>.json` + RGBA files; with `crop`, each is first cut to 640×480 (cover). */
export async function writePhotoSet(dir: string, set: string, photos: PhotoSpec[], crop: boolean): Promise<void> {
  mkdirSync(path.join(dir, "photos"), { recursive: true });
  const list = [];
  for (const [i, p] of photos.entries()) {
    let img = sharp(p.file).rotate();
    if (crop) img = img.resize(640, 480, { fit: "cover" });
    const { data, info } = await img.ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    const file = `${set}-${i}.rgba`;
    writeFileSync(path.join(dir, "photos", file), data);
    list.push({ name: p.name, file, width: info.width, height: info.height });
  }
  writeFileSync(path.join(dir, "photos", `${set}.json`), JSON.stringify(list));
}

/** Builds the page, writes the photo sets, starts the server and the browser, and waits for the page. */
export async function startBench(root: string, peerWeights: string, sets: Record<string, { photos: PhotoSpec[]; crop: boolean }>): Promise<BenchSession> {
  const dir = await buildBenchPage(root, peerWeights);
  for (const [set, { photos, crop }] of Object.entries(sets)) await writePhotoSet(dir, set, photos, crop);
  const server = await serve(dir, "/bench/");
  const origin = new URL(server.url).origin;
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-background-networking", "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--ignore-gpu-blocklist"],
  });
  const page = await browser.newPage();
  const external: string[] = [];
  const errors: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith(origin) && !/^(data|blob|about):/.test(r.url())) external.push(r.url());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.text().startsWith("[bench]")) console.error(m.text());
    else if (m.type() === "error") errors.push(m.text());
  });
  await page.goto(server.url);
  await page.waitForFunction(() => window.benchReady === true, null, { timeout: 120_000 });
  return {
    page,
    browserVersion: browser.version(),
    external,
    errors,
    call: (fn, ...args) => page.evaluate(([f, a]) => window.bench[f as string](...(a as never[])), [fn, args] as const) as never,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
