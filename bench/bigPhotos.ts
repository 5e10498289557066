/**
 * `npm run bench:big`: big photos at min face 20 — group.jpg's six faces upscaled onto a 4:3 grey
 * canvas of 1, 12, 24 and 108 megapixels. In Node: `facelab detect --json` as a user runs it, one
 * process per photo, its peak RSS (VmHWM, polled) and wall time; the same photo with `--max-side 1600`
 * (the old fixed limit) is the peer in the same run. In Chromium (needs `npm run build`): the MTCNN
 * page given each photo through its file input, in a fresh context, the renderer's peak RSS (which
 * holds the decoded bitmap, the wasm heap with every tensor, and the page) and the time from upload to
 * the summary, with the peak bytes of live tensors (tfjs's engine count) and the wasm heap's size. Writes bench/results/big-photos.json; timings are reported, never asserted.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import sharp from "sharp";
import { CHROMIUM, DIST } from "../harness/browser.js";
import { serve } from "../harness/serve.js";
import { ROOT } from "../harness/paths.js";
import { machine, writeResult } from "./results.js";

const SIZES_MP = (process.env.BENCH_BIG_MP ?? "1,12,24,108").split(",").map(Number);
const TIMEOUT = 15 * 60_000;

/** A 4:3 photo of `mp` megapixels: group.jpg (960×504) scaled to the full width, on grey. */
async function makePhoto(dir: string, mp: number): Promise<{ file: string; width: number; height: number }> {
  const width = Math.round(Math.sqrt((mp * 1e6 * 4) / 3));
  const height = Math.round((width * 3) / 4);
  const group = await sharp(path.join(ROOT, "docs/photos/group.jpg"))
    .resize(width, Math.round((width * 504) / 960), { kernel: "cubic" })
    .toBuffer();
  const file = path.join(dir, `group-${mp}mp.jpg`);
  await sharp({ create: { width, height, channels: 3, background: "#808080" }, limitInputPixels: false })
    .composite([{ input: group, top: Math.round((height - (width * 504) / 960) / 2), left: 0, limitInputPixels: false }])
    .jpeg({ quality: 85 })
    .toFile(file);
  return { file, width, height };
}

/** Peak RSS (MB) and wall time (ms) of one CLI run, with the faces it printed. */
function cliRun(args: string[]): Promise<{ ms: number; peakMB: number; faces: number; notice: string }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], { cwd: ROOT });
    let out = "";
    let err = "";
    let peak = 0;
    const poll = setInterval(() => {
      try {
        peak = Math.max(peak, Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"))?.[1] ?? 0) / 1024);
      } catch {
        /* exited */
      }
    }, 20);
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("close", (code) => {
      clearInterval(poll);
      if (code !== 0) return reject(new Error(`facelab ${args.join(" ")}: exit ${code}: ${err}`));
      const images = JSON.parse(out).images as Record<string, { faces: unknown[] }>;
      resolve({ ms: performance.now() - t0, peakMB: Math.round(peak), faces: Object.values(images)[0].faces.length, notice: err.trim() });
    });
  });
}

/** The renderer's peak RSS (MB) and the time from upload to the MTCNN page's summary, in a fresh context. */
async function pageRun(browser: import("playwright-core").Browser, url: string, file: string, name: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`${url}mtcnn`);
    await page.waitForFunction(() => /faces? in Group photo/.test(document.querySelector("#detect-summary")?.textContent ?? ""), null, { timeout: TIMEOUT });
    const cdp = await browser.newBrowserCDPSession();
    const { processInfo } = (await cdp.send("SystemInfo.getProcessInfo")) as { processInfo: { id: number; type: string }[] };
    const hwm = () =>
      Math.max(
        ...processInfo
          .filter((p) => p.type === "renderer")
          .map((p) => {
            try {
              return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${p.id}/status`, "utf8"))?.[1] ?? 0) / 1024;
            } catch {
              return 0;
            }
          }),
      );
    const before = hwm();
    // Tensor bytes: the page's own tfjs (same module URL, so the same engine) is wrapped to record the
    // engine's byte count after every tensor it registers; the wasm heap's size is read after the run.
    await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="modulepreload"][href*="/_node/@tensorflow/tfjs@"]');
      if (!link) throw new Error("bench: no tfjs module on the page");
      const tf = await import(link.href);
      const engine = tf.engine();
      const track = engine.trackTensor.bind(engine);
      const w = window as unknown as { facelabPeak: number };
      w.facelabPeak = engine.state.numBytes;
      engine.trackTensor = (a: unknown, b: unknown) => {
        track(a, b);
        w.facelabPeak = Math.max(w.facelabPeak, engine.state.numBytes);
      };
    });
    const t0 = performance.now();
    await page.locator('.photo-picker input[type="file"]').setInputFiles(file);
    await page.waitForFunction((n) => (document.querySelector("#detect-summary")?.textContent ?? "").includes(` in ${n} (`), name, { timeout: TIMEOUT });
    const ms = performance.now() - t0;
    const summary = (await page.locator("#detect-summary").textContent()) ?? "";
    const tensors = await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="modulepreload"][href*="/_node/@tensorflow/tfjs@"]') as HTMLLinkElement;
      const tf = await import(link.href);
      const heap = (tf.backend() as { wasm?: { HEAPU8?: Uint8Array } }).wasm?.HEAPU8?.length ?? 0;
      return { peakTensorMB: (window as unknown as { facelabPeak: number }).facelabPeak / 2 ** 20, wasmHeapMB: heap / 2 ** 20 };
    });
    return {
      ms: Math.round(ms),
      peakMB: Math.round(hwm()),
      beforeMB: Math.round(before),
      peakTensorMB: Math.round(tensors.peakTensorMB),
      wasmHeapMB: Math.round(tensors.wasmHeapMB),
      summary: summary.split(" — ")[0],
    };
  } finally {
    await context.close();
  }
}

const dir = await mkdtemp(path.join(tmpdir(), "facelab-bench-big-"));
const node: object[] = [];
const browserRows: object[] = [];
try {
  const photos = [];
  for (const mp of SIZES_MP) photos.push({ mp, ...(await makePhoto(dir, mp)) });
  for (const p of photos) {
    const full = await cliRun(["detect", "--json", p.file]);
    const capped = await cliRun(["detect", "--json", "--max-side", "1600", p.file]);
    const row = {
      mp: p.mp,
      size: `${p.width}×${p.height}`,
      full,
      capped1600: capped,
      timeRatio: +(full.ms / capped.ms).toFixed(2),
      memoryRatio: +(full.peakMB / capped.peakMB).toFixed(2),
    };
    console.error(
      `node ${p.mp} MP: ${full.ms.toFixed(0)} ms, ${full.peakMB} MB peak, ${full.faces} faces${full.notice ? ` (${full.notice})` : ""}; --max-side 1600: ${capped.ms.toFixed(0)} ms, ${capped.peakMB} MB`,
    );
    node.push(row);
  }
  if (existsSync(path.join(DIST, "mtcnn.html"))) {
    const server = await serve(DIST);
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });
    try {
      for (const p of photos) {
        const r = await pageRun(browser, server.url, p.file, path.basename(p.file));
        console.error(
          `chromium ${p.mp} MP: ${r.ms} ms, renderer peak ${r.peakMB} MB (${r.beforeMB} before the upload), tensors peak ${r.peakTensorMB} MB, wasm heap ${r.wasmHeapMB} MB: ${r.summary}`,
        );
        browserRows.push({ mp: p.mp, size: `${p.width}×${p.height}`, ...r });
      }
      writeResult("big-photos.json", { machine: machine(), chromium: browser.version(), node, browser: browserRows });
    } finally {
      await browser.close();
      await server.close();
    }
  } else {
    console.error("no built site (npm run build): the browser half is skipped");
    writeResult("big-photos.json", { machine: machine(), node, browser: [] });
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
