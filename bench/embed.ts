/**
 * `npm run bench:embed`: ms per face of facelab's dlib ResNet against `@vladmandic/face-api`'s
 * `computeFaceDescriptor`, same aligned 150×150 crops, same tfjs engine and backend (wasm) in one
 * Node process, runs interleaved A B A B after a warm-up each. Writes bench/results/embed-node.json.
 */
import * as tf from "@tensorflow/tfjs";
import "@tensorflow/tfjs-backend-wasm";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { dlibChip } from "../src/align/dlibChip.js";
import type { Pixels } from "../src/core/types.js";
import { DlibEmbedder } from "../src/embed/dlibEmbedder.js";
import { Mtcnn } from "../src/mtcnn/detector.js";
import { dlibReader } from "../src/node/faceApiModels.js";
import { fileReader } from "../src/node/files.js";
import { loadImage } from "../src/node/loadImage.js";
import { loadFaceApiRecognitionNet } from "../test/helpers/faceApi.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ROUNDS = Number(process.env.BENCH_REPS ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

tf.env().set("IS_TEST", true);
await tf.setBackend("wasm");
const detector = await Mtcnn.load(fileReader());
const crops: Pixels[] = [];
for (const name of ["2007_007763.jpg", "Alberta_Lee_0001.jpg", "Anthony_Hopkins_0001.jpg", "ivan.jpg"]) {
  const pixels = await loadImage(path.join(ROOT, "test/fixtures/mtcnn", name));
  for (const face of await detector.detect(pixels)) crops.push(dlibChip(pixels, face.landmarks));
}
detector.dispose();
const ours = await DlibEmbedder.load(dlibReader());
const { net } = await loadFaceApiRecognitionNet();

const time = async (f: () => Promise<unknown>) => { const t0 = performance.now(); await f(); return performance.now() - t0; };
const oursSingle = () => time(async () => { for (const c of crops) await ours.embed([c]); });
const oursBatch = () => time(() => ours.embed(crops));
const theirsSingle = () => time(async () => {
  for (const c of crops) {
    const input = tf.tensor3d(Float32Array.from(c.data), [150, 150, 3]);
    await net.computeFaceDescriptor(input);
    input.dispose();
  }
});
const warm = { ours: await oursSingle() / crops.length, theirs: await theirsSingle() / crops.length };
const runs = { oursSingle: [] as number[], theirsSingle: [] as number[], oursBatch: [] as number[] };
for (let r = 0; r < ROUNDS; r++) {
  runs.oursSingle.push(await oursSingle() / crops.length);
  runs.theirsSingle.push(await theirsSingle() / crops.length);
  runs.oursBatch.push(await oursBatch() / crops.length);
}
const m = { oursSingle: median(runs.oursSingle), theirsSingle: median(runs.theirsSingle), oursBatch: median(runs.oursBatch) };
console.log(`dlib ResNet, ${crops.length} faces, wasm, ${ROUNDS} interleaved rounds; median ms per face`);
console.log(`facelab one at a time   ${m.oursSingle.toFixed(1)}   (first call ${warm.ours.toFixed(1)})`);
console.log(`face-api one at a time  ${m.theirsSingle.toFixed(1)}   (first call ${warm.theirs.toFixed(1)})`);
console.log(`facelab batched         ${m.oursBatch.toFixed(1)}`);
console.log(`ratio facelab / face-api: ${(m.oursSingle / m.theirsSingle).toFixed(2)} one at a time, ${(m.oursBatch / m.theirsSingle).toFixed(2)} batched`);
mkdirSync(path.join(ROOT, "bench/results"), { recursive: true });
writeFileSync(path.join(ROOT, "bench/results/embed-node.json"), JSON.stringify({ date: new Date().toISOString(), backend: "wasm", faces: crops.length, rounds: ROUNDS, warmup: warm, runs, medians: m }, null, 1));
ours.dispose();
net.dispose();
