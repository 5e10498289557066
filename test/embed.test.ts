/**
 * The embedder layer: dlib's chip template, the batching helper, the normalisations, the pipeline's
 * face choice, the `Embedder` interface through `modelEmbedder` on a small `tf.sequential` model
 * built here, and dlib's ResNet on real faces (same person closer than 0.6, others farther).
 */
import assert from "node:assert/strict";
import path from "node:path";
import { before, test } from "node:test";
import * as tf from "@tensorflow/tfjs";
import { dlibChip, dlibChipTemplate } from "../src/align/dlibChip.js";
import type { Face, Pixels } from "../src/core/types.js";
import { DLIB_THRESHOLD, DlibEmbedder } from "../src/embed/dlibEmbedder.js";
import { batchRgb, embedPixels } from "../src/embed/embedPixels.js";
import { modelEmbedder, type EmbeddingModel } from "../src/embed/modelEmbedder.js";
import { normalise } from "../src/embed/normalisation.js";
import { dlibReader } from "../src/node/faceApiModels.js";
import { loadImage } from "../src/node/loadImage.js";
import { embedFaces } from "../src/pipeline/embedFaces.js";
import { largestFace } from "../src/pipeline/largestFace.js";
import { ROOT } from "../harness/paths.js";
import { loadDetector } from "./helpers/backend.js";

before(async () => {
  tf.env().set("IS_TEST", true);
  await tf.setBackend("wasm");
});

/** A `w`×`h` RGB image whose pixel (x, y) has value (x + 2y + k) mod 256 in channel k. */
function ramp(w: number, h: number): Pixels {
  const data = new Uint8Array(w * h * 3);
  for (let i = 0; i < w * h; i++) for (let k = 0; k < 3; k++) data[i * 3 + k] = ((i % w) + 2 * Math.floor(i / w) + k) % 256;
  return { width: w, height: h, channels: 3, data };
}

const face = (box: Face["box"], score = 0.99): Face => ({
  box,
  score,
  landmarks: [
    [0, 0],
    [1, 0],
    [0.5, 0.5],
    [0, 1],
    [1, 1],
  ],
});
const dist = (a: Float32Array, b: Float32Array) => Math.hypot(...Array.from(a, (v, i) => v - b[i]));

test("dlibChipTemplate: eyes level and mirror-symmetric about the chip centre, mouth below nose", () => {
  const [le, re, nose, lm, rm] = dlibChipTemplate(150);
  assert.ok(Math.abs(le[1] - re[1]) < 1e-9);
  assert.ok(Math.abs(le[0] + re[0] - 2 * nose[0]) < 0.05); // symmetric about the nose
  assert.ok(Math.abs(lm[0] + rm[0] - 2 * nose[0]) < 0.05);
  assert.ok(le[1] < nose[1] && nose[1] < lm[1]);
  for (const [x, y] of [le, re, nose, lm, rm]) assert.ok(x > 30 && x < 120 && y > 30 && y < 120, "inside the padded chip");
});

test("dlibChip of landmarks already on the template is the identity warp", () => {
  const p = ramp(150, 150);
  const chip = dlibChip(p, dlibChipTemplate(150));
  assert.deepEqual([chip.width, chip.height], [150, 150]);
  let worst = 0;
  for (let i = 0; i < p.data.length; i++) worst = Math.max(worst, Math.abs(chip.data[i] - p.data[i]));
  assert.ok(worst <= 1, `max pixel change ${worst}`);
});

test("largestFace picks the largest box, first on ties, -1 for none", () => {
  assert.equal(largestFace([]), -1);
  assert.equal(largestFace([face([0, 0, 10, 10]), face([0, 0, 20, 5]), face([5, 5, 25, 25])]), 2);
  assert.equal(largestFace([face([0, 0, 10, 10]), face([10, 10, 20, 20])]), 0);
});

test("batchRgb lays faces out [n, s, s, 3], dropping alpha and resizing other sizes", () => {
  const rgba: Pixels = { width: 2, height: 2, channels: 4, data: new Uint8Array([1, 2, 3, 255, 4, 5, 6, 255, 7, 8, 9, 255, 10, 11, 12, 255]) };
  const out = batchRgb([rgba, ramp(4, 4)], 2);
  assert.deepEqual(Array.from(out.subarray(0, 12)), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  assert.equal(out.length, 2 * 2 * 2 * 3);
});

test("normalise: prewhiten gives each image mean 0 and std 1; affine is (x − mean) · scale", async () => {
  const x = tf.tensor4d(batchRgb([ramp(8, 8), ramp(8, 8)], 8), [2, 8, 8, 3]);
  const w = normalise(x, { kind: "prewhiten" });
  const { mean, variance } = tf.moments(w, [1, 2, 3]);
  (await mean.data()).forEach((m) => assert.ok(Math.abs(m) < 1e-5));
  (await variance.data()).forEach((v) => assert.ok(Math.abs(v - 1) < 1e-4));
  const a = normalise(x, { kind: "affine", mean: 127.5, scale: 1 / 128 });
  assert.ok(Math.abs((await a.data())[0] - (0 - 127.5) / 128) < 1e-6);
  tf.dispose([x, w, mean, variance, a]);
});

/** A tiny "embedder": 16×16×3 → global average pool → dense 5, deterministic weights. */
function tinyModel(): tf.Sequential {
  const model = tf.sequential();
  model.add(tf.layers.globalAveragePooling2d({ inputShape: [16, 16, 3] }));
  model.add(tf.layers.dense({ units: 5, kernelInitializer: tf.initializers.randomNormal({ seed: 1 }) }));
  return model;
}

test("modelEmbedder wraps a LayersModel: sizes from the model, batched embed equals predict on normalised input", async () => {
  const model = tinyModel();
  const embedder = modelEmbedder(model, { normalisation: { kind: "affine", mean: 127.5, scale: 1 / 128 } });
  assert.deepEqual([embedder.inputSize, embedder.dimension], [16, 5]);
  assert.match(embedder.normalisation, /127\.5/);
  const faces = [ramp(16, 16), ramp(32, 20), ramp(16, 16)];
  const out = await embedder.embed(faces);
  assert.equal(out.length, 3);
  const x = tf.tensor4d(batchRgb(faces, 16), [3, 16, 16, 3]);
  const expected = tf.tidy(() => model.predict(x.sub(127.5).mul(1 / 128)) as tf.Tensor).arraySync() as number[][];
  out.forEach((e, i) => e.forEach((v, k) => assert.ok(Math.abs(v - expected[i][k]) < 1e-5)));
  assert.deepEqual(out[0], out[2]);
  const crop = embedder.align(ramp(100, 100), face([20, 20, 60, 70]));
  assert.deepEqual([crop.width, crop.height], [16, 16]);
  tf.dispose(x);
  embedder.dispose();
});

test("modelEmbedder: FaceNet defaults (160, prewhiten) and an error when the width is unknown", () => {
  const model = tinyModel();
  const embedder = modelEmbedder(model, { inputSize: 160, dimension: 5 });
  assert.equal(embedder.inputSize, 160);
  assert.match(embedder.normalisation, /prewhiten/);
  const fake = { inputs: [], outputs: [], predict: () => tf.zeros([1, 5]), execute: () => tf.zeros([1, 5]) } as unknown as EmbeddingModel;
  assert.throws(() => modelEmbedder(fake), /dimension/);
  model.dispose();
});

test("embedPixels rejects a network whose output width is not the declared dimension", async () => {
  await assert.rejects(
    embedPixels((b) => tf.zeros([b.shape[0], 3]) as tf.Tensor2D, [ramp(4, 4)], 4, 5),
    /expected 5/,
  );
});

// The site's bundled examples: the Hopkins pair of the compare page, and other people's photos.
const hopkins = [1, 2].map((n) => path.join(ROOT, `docs/photos/Anthony_Hopkins_000${n}.jpg`));

test("dlib ResNet: the two bundled Anthony Hopkins photos are within 0.6, other people beyond it", async () => {
  const detector = await loadDetector();
  const embedder = await DlibEmbedder.load(dlibReader());
  const one = async (file: string) => (await embedFaces(detector, embedder, await loadImage(file), { largestOnly: true }))[0].embedding;
  const [a, b] = [await one(hopkins[0]), await one(hopkins[1])];
  const others = [path.join(ROOT, "docs/photos/portrait.jpg"), path.join(ROOT, "test/fixtures/mtcnn/Alberta_Lee_0001.jpg")];
  const same = dist(a, b);
  assert.ok(same < DLIB_THRESHOLD, `same person ${same}`);
  for (const file of others) {
    const e = await one(file);
    assert.ok(Math.min(dist(a, e), dist(b, e)) > DLIB_THRESHOLD, `${path.basename(file)}`);
  }
  embedder.dispose();
  detector.dispose();
});

/** A FaceNet-shaped GraphModel built in memory: inputs `input` [-1, 8, 8, 3] and `phase_train` (bool). */
async function tinyGraphModel(): Promise<tf.GraphModel> {
  const shape = (dims: number[]) => ({ shape: { dim: dims.map((d) => ({ size: String(d) })) } });
  const float = { type: "DT_FLOAT" };
  const modelTopology = {
    versions: { producer: 1 },
    node: [
      { name: "input", op: "Placeholder", attr: { dtype: float, shape: shape([-1, 8, 8, 3]) } },
      { name: "phase_train", op: "Placeholder", attr: { dtype: { type: "DT_BOOL" }, shape: shape([]) } },
      { name: "axes", op: "Const", attr: { dtype: { type: "DT_INT32" }, value: { tensor: { dtype: "DT_INT32", tensorShape: { dim: [{ size: "2" }] } } } } },
      { name: "pool", op: "Mean", input: ["input", "axes"], attr: { T: float, Tidx: { type: "DT_INT32" }, keep_dims: { b: false } } },
      { name: "train", op: "Cast", input: ["phase_train"], attr: { SrcT: { type: "DT_BOOL" }, DstT: float } },
      { name: "embeddings", op: "AddV2", input: ["pool", "train"], attr: { T: float } },
    ],
  };
  const weightSpecs = [{ name: "axes", shape: [2], dtype: "int32" as const }];
  return tf.loadGraphModel(tf.io.fromMemory({ modelTopology, weightSpecs, weightData: new Int32Array([1, 2]).buffer }));
}

test("modelEmbedder drives a GraphModel with an extra scalar input, as a converted FaceNet needs (phase_train)", async () => {
  const model = await tinyGraphModel();
  const embedder = modelEmbedder(model, { dimension: 3, feeds: { phase_train: false } });
  assert.equal(embedder.inputSize, 8, "from the graph's input shape");
  const face: Pixels = { width: 8, height: 8, channels: 3, data: new Uint8Array(192).map((_, i) => (i % 3) * 50) };
  const [e] = await embedder.embed([face]);
  // channels 0, 50, 100 everywhere → prewhitened to −√1.5, 0, √1.5; the pool keeps them
  [-Math.sqrt(1.5), 0, Math.sqrt(1.5)].forEach((v, k) => assert.ok(Math.abs(e[k] - v) < 1e-5, `${e[k]}`));
  embedder.dispose();
});
