/** Memory discipline of the graph-model embedders: loading then disposing, and embedding, leave no tensors. */
import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import * as tf from "@tensorflow/tfjs";
import { GRAPH_EMBEDDERS, type GraphEmbedderName } from "../src/embed/graphEmbedderSpecs.js";
import { loadGraphEmbedder } from "../src/embed/loadGraphEmbedder.js";
import { embedImageWith } from "../src/lfw/embedImage.js";
import { fileReader, MODELS_DIR } from "../src/node/files.js";
import { loadEmbedder, loadNamedEmbedder } from "../src/node/loadEmbedder.js";
import { loadImage } from "../src/node/loadImage.js";
import { loadDetector } from "./helpers/backend.js";

const NAMES = Object.keys(GRAPH_EMBEDDERS) as GraphEmbedderName[];

test("loadGraphEmbedder then dispose leaves no tensors; so does loadNamedEmbedder", async () => {
  (await loadDetector()).dispose(); // selects the wasm backend
  const before = tf.memory().numTensors;
  for (const name of NAMES) {
    const e = await loadGraphEmbedder(name, fileReader(path.join(MODELS_DIR, name)));
    assert.ok(tf.memory().numTensors > before, `${name}: weights are tensors while loaded`);
    e.dispose();
    assert.equal(tf.memory().numTensors, before, `${name} disposed`);
    (await loadNamedEmbedder(name)).dispose();
    assert.equal(tf.memory().numTensors, before, `${name} through loadNamedEmbedder`);
  }
});

test("10 shared-detection runs (dlib + every graph embedder, a face and none) leave the tensor count at its baseline", async () => {
  const detector = await loadDetector();
  const embedders = [await loadEmbedder(), ...(await Promise.all(NAMES.map((n) => loadNamedEmbedder(n))))];
  const dir = path.join(import.meta.dirname, "fixtures/mtcnn");
  const images = [await loadImage(path.join(dir, "Alberta_Lee_0001.jpg")), await loadImage(path.join(dir, "no-faces.jpg"))];
  await embedImageWith(detector, embedders, "a", images[0], { align: "chip", flip: true, thumbSize: 8 }); // warm-up
  const baseline = tf.memory().numTensors;
  for (let i = 0; i < 10; i++) {
    const { results } = await embedImageWith(detector, embedders, "x", images[i % 2], { align: i % 3 ? "chip" : "margin", flip: i % 2 === 0, thumbSize: 8 });
    assert.deepEqual(
      results.map((r) => r.embedding.length),
      embedders.map((e) => e.dimension),
    );
    assert.equal(tf.memory().numTensors, baseline, `after run ${i + 1}`);
  }
  for (const e of embedders) await e.embed([]);
  assert.equal(tf.memory().numTensors, baseline, "after empty batches");
  for (const e of embedders) e.dispose();
  detector.dispose();
});
