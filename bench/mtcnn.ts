/**
 * `npm run bench:mtcnn`: MTCNN milliseconds per 640×480 image (min face 20) on the wasm and cpu
 * backends in Node, broken down by stage, with the GPU→CPU reads per image. A benchmark, not a test:
 * it prints and writes `bench/results/mtcnn-node.json`, and never fails on a timing.
 */
import * as tf from "@tensorflow/tfjs";
import "@tensorflow/tfjs-backend-wasm";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";
import type { Pixels } from "../src/core/types.js";
import { Mtcnn, type StageTimings } from "../src/mtcnn/detector.js";
import { fileReader } from "../src/node/files.js";
import { median } from "../src/math/statistics.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const REPS = Number(process.env.BENCH_REPS ?? 5);
const STAGES = ["prepare", "pnet", "rnet", "onet", "total"] as const;
/** The backends to time, in order (`BENCH_BACKENDS=wasm` for a quick run; cpu takes minutes). */
const BACKENDS = (process.env.BENCH_BACKENDS ?? "wasm,cpu").split(",");

/** 640×480 centre crops of the photos under ../shared/faces (or the test fixtures without it). */
async function photos(): Promise<{ name: string; pixels: Pixels }[]> {
  const shared = path.join(ROOT, "../shared/faces");
  const dirs = existsSync(shared) ? readdirSync(shared).map((d) => path.join(shared, d)) : [path.join(ROOT, "test/fixtures/mtcnn")];
  const files = dirs.flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith(".jpg"))
      .map((f) => path.join(d, f)),
  );
  return Promise.all(
    files.map(async (file) => {
      const { data, info } = await sharp(file).rotate().resize(640, 480, { fit: "cover" }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
      return { name: path.relative(ROOT, file), pixels: { width: info.width, height: info.height, channels: 3, data } };
    }),
  );
}

/** Times every photo REPS times on one backend, after one warm-up pass whose time is reported apart. */
async function runBackend(backend: string, images: { name: string; pixels: Pixels }[]) {
  await tf.setBackend(backend);
  await tf.ready();
  const detector = await Mtcnn.load(fileReader());
  const t0 = performance.now();
  await detector.detect(images[0].pixels);
  const warmup = performance.now() - t0;
  const runs: StageTimings[] = [];
  let faces = 0;
  for (let r = 0; r < REPS; r++) {
    for (const { pixels } of images) {
      const trace = await detector.trace(pixels);
      runs.push(trace.timings);
      if (r === 0) faces += trace.faces.length;
    }
  }
  detector.dispose();
  const stages = Object.fromEntries(
    STAGES.map((s) => {
      const xs = runs.map((t) => t[s]);
      return [s, { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) }];
    }),
  );
  return { backend, warmupMs: warmup, images: images.length, reps: REPS, faces, readsPerImage: median(runs.map((t) => t.reads)), stages };
}

const images = await photos();
tf.env().set("IS_TEST", true); // silence the tfjs-node hint
const results = [];
for (const backend of BACKENDS) results.push(await runBackend(backend, images));

const fmt = (v: number) => v.toFixed(1).padStart(8);
console.log(`MTCNN, ${images.length} photos at 640×480, min face 20, ${REPS} reps; median ms per image`);
console.log(`backend ${STAGES.map((s) => s.padStart(8)).join("")}   reads  warm-up  faces`);
for (const r of results) {
  console.log(
    `${r.backend.padEnd(7)} ${STAGES.map((s) => fmt(r.stages[s].median)).join("")} ${String(r.readsPerImage).padStart(7)} ${fmt(r.warmupMs)} ${String(r.faces).padStart(6)}`,
  );
}
if (results.length > 1) {
  console.log(`${results[1].backend} / ${results[0].backend} time ratio: ${(results[1].stages.total.median / results[0].stages.total.median).toFixed(2)}`);
}
// A partial run (BENCH_BACKENDS set) is for trying things out: it leaves the committed results alone.
if (!process.env.BENCH_BACKENDS) mkdirSync(path.join(ROOT, "bench/results"), { recursive: true });
if (!process.env.BENCH_BACKENDS)
  writeFileSync(
    path.join(ROOT, "bench/results/mtcnn-node.json"),
    JSON.stringify(
      {
        date: new Date().toISOString(),
        machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
        versions: { tfjs: tf.version.tfjs },
        results,
      },
      null,
      1,
    ),
  );
