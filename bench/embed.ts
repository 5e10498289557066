/**
 * `npm run bench:embed`: ms per face of facelab's dlib ResNet against `@vladmandic/face-api`'s
 * `computeFaceDescriptor`, same aligned 150×150 crops, same tfjs engine and backend (wasm) in one
 * Node process, single and batched, interleaved after a warm-up each (bench/embedRace.ts).
 * Writes bench/results/embed-node.json.
 */
import * as tf from "@tensorflow/tfjs";
import "@tensorflow/tfjs-backend-wasm";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { dlibChip } from "../src/align/dlibChip.js";
import type { Pixels } from "../src/core/types.js";
import { DlibEmbedder } from "../src/embed/dlibEmbedder.js";
import { Mtcnn } from "../src/mtcnn/detector.js";
import { dlibReader } from "../src/node/faceApiModels.js";
import { fileReader } from "../src/node/files.js";
import { loadImage } from "../src/node/loadImage.js";
import { loadFaceApiRecognitionNet } from "../harness/faceApi.js";
import { embedTimings, type PeerRecognitionNet } from "./embedRace.js";
import { machine, writeResult } from "./results.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ROUNDS = Number(process.env.BENCH_REPS ?? 5);

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

const result = await embedTimings(ours, net as unknown as PeerRecognitionNet, crops, ROUNDS);
const { stats, ratios } = result;
console.log(`dlib ResNet, ${crops.length} faces, wasm, ${ROUNDS} interleaved rounds; median ms per face`);
for (const [k, v] of Object.entries(stats))
  console.log(`${k.padEnd(14)} ${v.median.toFixed(1)}  (first call ${result.warmup[k as keyof typeof stats].toFixed(1)})`);
console.log(`ratio facelab / face-api: ${ratios.single.toFixed(2)} one at a time, ${ratios.batched.toFixed(2)} batched`);
writeResult("embed-node.json", { machine: machine(), backend: "wasm", ...result });
ours.dispose();
net.dispose();
