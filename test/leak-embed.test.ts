/** Memory discipline of the embedders and the detect → align → embed pipeline: tensor counts stay flat. */
import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import * as tf from "@tensorflow/tfjs";
import { DlibEmbedder } from "../src/embed/dlibEmbedder.js";
import { modelEmbedder } from "../src/embed/modelEmbedder.js";
import { dlibReader } from "../src/node/faceApiModels.js";
import { loadImage } from "../src/node/loadImage.js";
import { embedFaces } from "../src/pipeline/embedFaces.js";
import { ROOT } from "../harness/paths.js";
import { loadDetector } from "./helpers/backend.js";

const photo = (name: string) => loadImage(path.join(ROOT, "test/fixtures/mtcnn", name));

test("DlibEmbedder.load then dispose leaves no tensors", async () => {
  (await loadDetector()).dispose(); // selects the wasm backend
  const before = tf.memory().numTensors;
  const embedder = await DlibEmbedder.load(dlibReader());
  assert.ok(tf.memory().numTensors > before, "weights are tensors while loaded");
  embedder.dispose();
  assert.equal(tf.memory().numTensors, before);
});

test("20 pipeline runs (all faces, largest, no face) leave the tensor count at its baseline", async () => {
  const detector = await loadDetector();
  const embedder = await DlibEmbedder.load(dlibReader());
  const images = [await photo("Alberta_Lee_0001.jpg"), await photo("no-faces.jpg"), await photo("Anthony_Hopkins_0001.jpg")];
  await embedFaces(detector, embedder, images[0]); // warm-up
  const baseline = tf.memory().numTensors;
  for (let i = 0; i < 20; i++) {
    const faces = await embedFaces(detector, embedder, images[i % 3], { largestOnly: i % 2 === 1 });
    faces.forEach((f) => assert.equal(f.embedding.length, 128));
    assert.equal(tf.memory().numTensors, baseline, `after run ${i + 1}`);
  }
  await embedder.embed([]);
  assert.equal(tf.memory().numTensors, baseline, "after an empty batch");
  embedder.dispose();
  detector.dispose();
});

test("modelEmbedder: repeated embeds and a failing one leave no tensors; dispose frees the model", async () => {
  (await loadDetector()).dispose();
  const before = tf.memory().numTensors;
  const model = tf.sequential({ layers: [tf.layers.globalAveragePooling2d({ inputShape: [8, 8, 3] }), tf.layers.dense({ units: 4 })] });
  const embedder = modelEmbedder(model);
  const face = { width: 8, height: 8, channels: 3 as const, data: new Uint8Array(8 * 8 * 3).fill(100) };
  await embedder.embed([face]);
  const baseline = tf.memory().numTensors;
  for (let i = 0; i < 10; i++) await embedder.embed([face, face]);
  assert.equal(tf.memory().numTensors, baseline);
  const wrong = modelEmbedder(model, { dimension: 7 });
  await assert.rejects(wrong.embed([face]), /expected 7/);
  assert.equal(tf.memory().numTensors, baseline, "after a failed embed");
  embedder.dispose();
  assert.equal(tf.memory().numTensors, before);
});

test("DlibEmbedder with facenet's prewhitening: no tensors left, another embedding, blind to the image's contrast", async () => {
  (await loadDetector()).dispose();
  const before = tf.memory().numTensors;
  const fixed = await DlibEmbedder.load(dlibReader());
  const prewhiten = await DlibEmbedder.load(dlibReader(), { standardisation: "prewhiten" });
  assert.match(prewhiten.normalisation, /prewhiten/);
  // A 150×150 face with values ≤ 127, and the same face at twice the contrast (exact in floating point).
  const data = new Uint8Array(150 * 150 * 3).map((_, i) => (i * 37 + ((i / 450) | 0) * 11) % 128);
  const face = { width: 150, height: 150, channels: 3 as const, data };
  const brighter = { ...face, data: data.map((v) => v * 2) };
  await prewhiten.embed([face]);
  const baseline = tf.memory().numTensors;
  const [a, b] = await prewhiten.embed([face, brighter]);
  const [c, d] = await fixed.embed([face, brighter]);
  assert.equal(tf.memory().numTensors, baseline, "after a prewhitened batch");
  const gap = (x: Float32Array, y: Float32Array) => Math.hypot(...x.map((v, i) => v - y[i]));
  assert.ok(gap(a, b) < 1e-4, `prewhitening removes the contrast change (gap ${gap(a, b)})`);
  assert.ok(gap(c, d) > 1e-3, `the fixed normalisation sees it (gap ${gap(c, d)})`);
  assert.ok(gap(a, c) > 1e-3, "the two standardisations give different embeddings");
  await assert.rejects(DlibEmbedder.load(dlibReader(), { standardisation: "per-image" as "fixed" }), /standardisation must be/);
  fixed.dispose();
  prewhiten.dispose();
  assert.equal(tf.memory().numTensors, before);
});
