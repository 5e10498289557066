/**
 * `npm run bench:dlibchips`: what each way of cutting and averaging dlib's chip costs per face, as
 * ratios to the pipeline's own (MTCNN's five landmarks, one forward pass): flip averaging (two passes),
 * dlib-style landmarks from face-api.js's 68-point net (one more small network and a warp), and dlib's
 * jitter averaged over k copies (k passes). Same faces (MTCNN's detections of the first LFW View 2
 * images), same wasm backend, one Node process; rounds in which every variant embeds every face, the
 * order rotating, and each ratio taken within its round (the machine is shared). Detection is not
 * timed: it is the same for all. Writes bench/results/dlib-chip-cost.json.
 */
import "@tensorflow/tfjs-backend-wasm";
import { readFileSync } from "node:fs";
import path from "node:path";
import * as tf from "@tensorflow/tfjs";
import type { Face, Pixels } from "../src/core/types.js";
import { dlibFaceChip } from "../src/align/dlibFaceChip.js";
import { jitterChip } from "../src/align/jitterChip.js";
import { pickMainFace } from "../src/align/pickMainFace.js";
import { seededRandom } from "../src/core/random.js";
import { embedWithFlip } from "../src/embed/embedWithFlip.js";
import { FaceLandmarks68 } from "../src/landmarks/faceLandmarks68.js";
import { parsePairs } from "../src/lfw/pairs.js";
import { median } from "../src/math/statistics.js";
import { Mtcnn } from "../src/mtcnn/detector.js";
import { faceApiModelDir } from "../src/node/faceApiModels.js";
import { fileReader } from "../src/node/files.js";
import { loadNamedEmbedder } from "../src/node/loadEmbedder.js";
import { loadImage } from "../src/node/loadImage.js";
import { SHARED } from "../harness/paths.js";
import { machine, writeResult } from "./results.js";
import { spread } from "./stats.js";

const ROUNDS = Number(process.env.BENCH_REPS ?? 5);
const FACES = Number(process.env.BENCH_FACES ?? 16);
const JITTER = Number(process.env.BENCH_JITTER ?? 10);
if (!SHARED) throw new Error("bench:dlibchips needs ../shared/lfw (the LFW photos)");
const LFW = path.join(SHARED, "lfw");

tf.env().set("IS_TEST", true);
await tf.setBackend("wasm");
const detector = await Mtcnn.load(fileReader());
const dlib = await loadNamedEmbedder("dlib");
const landmarks = await FaceLandmarks68.load(fileReader(faceApiModelDir()));

const images = [...new Set(parsePairs(readFileSync(path.join(LFW, "pairs.txt"), "utf8")).flatMap((p) => [p.a, p.b]))];
const faces: { pixels: Pixels; face: Face }[] = [];
for (const rel of images) {
  if (faces.length >= FACES) break;
  const pixels = await loadImage(path.join(LFW, "lfw-deepfunneled", rel), rel);
  const found = await detector.detect(pixels);
  const main = pickMainFace(found, pixels.width, pixels.height);
  if (main >= 0) faces.push({ pixels, face: found[main] });
}
detector.dispose();

const dlib68Chip = async ({ pixels, face }: { pixels: Pixels; face: Face }) => dlibFaceChip(pixels, await landmarks.locate(pixels, face.box));
/** Each variant embeds one face from its pixels and MTCNN face. */
const variants: Record<string, (f: { pixels: Pixels; face: Face }) => Promise<unknown>> = {
  mtcnn: (f) => dlib.embed([dlib.align(f.pixels, f.face)]),
  "mtcnn+flip": (f) => embedWithFlip(dlib, [dlib.align(f.pixels, f.face)], true),
  dlib68: async (f) => dlib.embed([await dlib68Chip(f)]),
  "dlib68+flip": async (f) => embedWithFlip(dlib, [await dlib68Chip(f)], true),
  [`dlib68+jitter${JITTER}`]: async (f) => dlib.embed(jitterChip(await dlib68Chip(f), JITTER, seededRandom(1))),
};
const names = Object.keys(variants);
const timeOne = async (name: string) => {
  const t0 = performance.now();
  for (const f of faces) await variants[name](f);
  return (performance.now() - t0) / faces.length;
};
for (const n of names) await timeOne(n); // warm-up
const runs = Object.fromEntries(names.map((n) => [n, [] as number[]]));
for (let r = 0; r < ROUNDS; r++) for (let k = 0; k < names.length; k++) runs[names[(r + k) % names.length]].push(await timeOne(names[(r + k) % names.length]));
const perVariant = names.map((n) => ({ variant: n, msPerFace: spread(runs[n]), ratioToMtcnnChip: median(runs[n].map((t, r) => t / runs.mtcnn[r])) }));
console.log(`${faces.length} LFW faces, wasm, ${ROUNDS} interleaved rounds; median ms per face and ratio to the MTCNN chip`);
for (const p of perVariant) console.log(`${p.variant.padEnd(16)} ${p.msPerFace.median.toFixed(1).padStart(7)} ms  ×${p.ratioToMtcnnChip.toFixed(2)}`);
writeResult("dlib-chip-cost.json", { machine: machine(), backend: "wasm", faces: faces.length, rounds: ROUNDS, jitter: JITTER, variants: perVariant, runs });
landmarks.dispose();
dlib.dispose();
