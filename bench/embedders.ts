/**
 * `npm run bench:embedders`: ms per face of every embedder facelab can put on LFW (dlib's ResNet,
 * MobileFace, FaceRes), same faces, same tfjs backend (wasm), one Node process: each embedder gets its
 * own crop of the same MTCNN detections of the first LFW View 2 images, one warm-up, then rounds in
 * which every embedder embeds all the crops in one call, the order rotating each round. The ratio to
 * dlib is taken within each round (the machine is shared, so absolute times drift; ratios much less).
 * Also the weight bytes each reads. Writes bench/results/embedders.json.
 */
import "@tensorflow/tfjs-backend-wasm";
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import * as tf from "@tensorflow/tfjs";
import type { Pixels } from "../src/core/types.js";
import type { Embedder } from "../src/embed/embedder.js";
import { EMBEDDER_NAMES, type EmbedderName } from "../src/embed/graphEmbedderSpecs.js";
import type { GraphEmbedder } from "../src/embed/loadGraphEmbedder.js";
import { pickMainFace } from "../src/align/pickMainFace.js";
import { median } from "../src/math/statistics.js";
import { Mtcnn } from "../src/mtcnn/detector.js";
import { faceApiModelDir } from "../src/node/faceApiModels.js";
import { fileReader } from "../src/node/files.js";
import { loadNamedEmbedder } from "../src/node/loadEmbedder.js";
import { loadImage } from "../src/node/loadImage.js";
import { parsePairs } from "../src/lfw/pairs.js";
import { SHARED } from "../harness/paths.js";
import { machine, writeResult } from "./results.js";
import { spread } from "./stats.js";

const ROUNDS = Number(process.env.BENCH_REPS ?? 7);
const FACES = Number(process.env.BENCH_FACES ?? 32);
if (!SHARED) throw new Error("bench:embedders needs ../shared/lfw (the LFW photos)");
const LFW = path.join(SHARED, "lfw");

tf.env().set("IS_TEST", true);
await tf.setBackend("wasm");
const detector = await Mtcnn.load(fileReader());
const embedders = new Map<EmbedderName, Embedder>();
for (const name of EMBEDDER_NAMES) embedders.set(name, await loadNamedEmbedder(name));

/** Bytes of dlib's weight shards in @vladmandic/face-api, as its manifest lists them. */
function dlibWeightBytes(): number {
  const dir = faceApiModelDir();
  const manifest = JSON.parse(readFileSync(path.join(dir, "face_recognition_model-weights_manifest.json"), "utf8"));
  return manifest.flatMap((g: { paths: string[] }) => g.paths).reduce((n: number, p: string) => n + statSync(path.join(dir, p)).size, 0);
}

// The first FACES distinct images of View 2 in which MTCNN finds a face, each embedder's crop of it.
const images = [...new Set(parsePairs(readFileSync(path.join(LFW, "pairs.txt"), "utf8")).flatMap((p) => [p.a, p.b]))];
const crops = new Map<EmbedderName, Pixels[]>([...embedders.keys()].map((n) => [n, []]));
for (const rel of images) {
  if ((crops.get("dlib") as Pixels[]).length >= FACES) break;
  const pixels = await loadImage(path.join(LFW, "lfw-deepfunneled", rel), rel);
  const faces = await detector.detect(pixels);
  const main = pickMainFace(faces, pixels.width, pixels.height);
  if (main < 0) continue;
  for (const [name, e] of embedders) (crops.get(name) as Pixels[]).push(e.align(pixels, faces[main]));
}
detector.dispose();

const names = [...embedders.keys()];
const timeOne = async (name: EmbedderName) => {
  const t0 = performance.now();
  await (embedders.get(name) as Embedder).embed(crops.get(name) as Pixels[]);
  return (performance.now() - t0) / FACES;
};
const warmup = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await timeOne(n)])));
const runs = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<EmbedderName, number[]>;
for (let r = 0; r < ROUNDS; r++) {
  // Rotate the order so no embedder always runs first (or right after the heaviest).
  for (let k = 0; k < names.length; k++) {
    const n = names[(r + k) % names.length];
    runs[n].push(await timeOne(n));
  }
}
const perEmbedder = names.map((n) => {
  const e = embedders.get(n) as Embedder;
  return {
    embedder: n,
    inputSize: e.inputSize,
    dimension: e.dimension,
    weightBytes: n === "dlib" ? dlibWeightBytes() : (e as GraphEmbedder).weightBytes,
    msPerFace: spread(runs[n]),
    // Within-round ratio: this embedder's time over dlib's in the same round.
    ratioToDlib: median(runs[n].map((t, r) => t / runs.dlib[r])),
    firstCallMsPerFace: warmup[n],
  };
});
console.log(`${FACES} LFW faces, wasm, ${ROUNDS} interleaved rounds, all faces in one embed() call; median ms per face`);
for (const p of perEmbedder)
  console.log(
    `${p.embedder.padEnd(10)} ${p.msPerFace.median.toFixed(1).padStart(6)} ms  ×${p.ratioToDlib.toFixed(2)} dlib  ${p.inputSize}px → ${p.dimension}-D  ${(p.weightBytes / 1e6).toFixed(2)} MB`,
  );
writeResult("embedders.json", { machine: machine(), backend: "wasm", faces: FACES, rounds: ROUNDS, flip: false, embedders: perEmbedder, runs });
for (const e of embedders.values()) e.dispose();
