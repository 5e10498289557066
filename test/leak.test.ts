/** Memory discipline: every public tensor entry point leaves the tensor count where it found it. */
import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import * as tf from "@tensorflow/tfjs";
import { Mtcnn } from "../src/mtcnn/detector.js";
import { fileReader } from "../src/node/files.js";
import { loadImage } from "../src/node/loadImage.js";
import { ROOT } from "../harness/paths.js";
import { loadDetector } from "./helpers/backend.js";

const photo = (name: string) => loadImage(path.join(ROOT, "test/fixtures/mtcnn", name));

test("Mtcnn.load then dispose leaves no tensors", async () => {
  const detector = await loadDetector();
  detector.dispose();
  const before = tf.memory().numTensors;
  const again = await Mtcnn.load(fileReader());
  assert.ok(tf.memory().numTensors > before, "weights are tensors while loaded");
  again.dispose();
  assert.equal(tf.memory().numTensors, before);
});

test("50 detections and traces leave the tensor count at its baseline", async () => {
  const detector = await loadDetector();
  const images = [await photo("2007_007763.jpg"), await photo("no-faces.jpg"), await photo("Alberta_Lee_0001.jpg")];
  await detector.detect(images[0]); // warm-up: backends may cache kernels on first use
  const baseline = tf.memory().numTensors;
  for (let i = 0; i < 50; i++) {
    const faces = await detector.detect(images[i % images.length]);
    if (i % images.length === 0) assert.equal(faces.length, 7);
    assert.equal(tf.memory().numTensors, baseline, `after detection ${i + 1}`);
  }
  await detector.trace(images[0], { minFaceSize: 40 });
  assert.equal(tf.memory().numTensors, baseline, "after trace");
  detector.dispose();
});

test("a detection that fails on bad options leaves no tensors", async () => {
  const detector = await loadDetector();
  const baseline = tf.memory().numTensors;
  await assert.rejects(detector.detect(await photo("ivan.jpg"), { scaleFactor: 2 }), /scaleFactor/);
  assert.equal(tf.memory().numTensors, baseline);
  detector.dispose();
});
