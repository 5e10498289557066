/**
 * Parity of facelab's dlib ResNet with `@vladmandic/face-api`'s `computeFaceDescriptor`: the same
 * 150×150 dlib chips, the same weights, the same tfjs instance and backend; the 128-D descriptors
 * must agree to 1e-4 (max absolute difference). Fixture faces always; with `../shared`, two dozen LFW
 * photos too. wasm (the CLI's backend) on every crop, cpu on a few (it is ~10× slower).
 */
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import path from "node:path";
import { before, test } from "node:test";
import * as tf from "@tensorflow/tfjs";
import { dlibChip } from "../src/align/dlibChip.js";
import type { Pixels } from "../src/core/types.js";
import { DlibEmbedder } from "../src/embed/dlibEmbedder.js";
import { dlibReader } from "../src/node/faceApiModels.js";
import { loadImage } from "../src/node/loadImage.js";
import { ROOT, SHARED } from "../harness/paths.js";
import { loadDetector } from "./helpers/backend.js";
import { loadFaceApiRecognitionNet } from "../harness/faceApi.js";

const TOLERANCE = 1e-4;
const FIXTURES = ["Anthony_Hopkins_0001.jpg", "2007_007763.jpg", "ivan.jpg", "Alberta_Lee_0001.jpg"].map((f) => path.join(ROOT, "test/fixtures/mtcnn", f));

/** The first photo of the first 24 LFW people (sorted), when `../shared` is present. */
function lfwPhotos(): string[] {
  if (!SHARED) return [];
  const root = path.join(SHARED, "lfw/lfw-deepfunneled");
  const people = readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  return people
    .sort()
    .slice(0, 24)
    .map((name) => path.join(root, name, readdirSync(path.join(root, name)).sort()[0]));
}

const crops: Pixels[] = [];
before(async () => {
  const detector = await loadDetector();
  for (const file of [...FIXTURES, ...lfwPhotos()]) {
    const pixels = await loadImage(file);
    for (const face of await detector.detect(pixels)) crops.push(dlibChip(pixels, face.landmarks));
  }
  detector.dispose();
});

/** Max |ours − face-api| over `faces` on the current backend. */
async function maxAbsDiff(faces: Pixels[]): Promise<number> {
  const ours = await DlibEmbedder.load(dlibReader());
  const { net } = await loadFaceApiRecognitionNet();
  const mine = await ours.embed(faces);
  let worst = 0;
  for (let i = 0; i < faces.length; i++) {
    const input = tf.tensor3d(Float32Array.from(faces[i].data), [150, 150, 3]);
    const theirs = await net.computeFaceDescriptor(input);
    input.dispose();
    assert.equal(theirs.length, 128);
    for (let k = 0; k < 128; k++) worst = Math.max(worst, Math.abs(theirs[k] - mine[i][k]));
  }
  ours.dispose();
  net.dispose();
  return worst;
}

test("face-api shares our tfjs engine, so both run on the same backend", async () => {
  const { net, faceApiTf } = await loadFaceApiRecognitionNet();
  assert.equal(faceApiTf.engine(), tf.engine());
  net.dispose();
});

test(`wasm: our descriptors match face-api's computeFaceDescriptor to ≤ ${TOLERANCE}`, async () => {
  await tf.setBackend("wasm");
  assert.ok(crops.length >= 12, `${crops.length} crops`);
  const diff = await maxAbsDiff(crops);
  console.log(`# wasm: ${crops.length} faces, max |Δ| = ${diff.toExponential(2)}`);
  assert.ok(diff <= TOLERANCE, `max abs diff ${diff}`);
});

test(`cpu: our descriptors match face-api's computeFaceDescriptor to ≤ ${TOLERANCE}`, async () => {
  await tf.setBackend("cpu");
  try {
    const diff = await maxAbsDiff(crops.slice(0, 2));
    console.log(`# cpu: 2 faces, max |Δ| = ${diff.toExponential(2)}`);
    assert.ok(diff <= TOLERANCE, `max abs diff ${diff}`);
  } finally {
    await tf.setBackend("wasm");
  }
});
