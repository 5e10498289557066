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
