/** Memory discipline of the `Detector` entry points: loading, detecting and failing leave the tensor count where they found it. */
import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import * as tf from "@tensorflow/tfjs";
import { DETECTOR_NAMES } from "../src/detect/detector.js";
import { loadNamedDetector } from "../src/detect/loadNamedDetector.js";
import { detectorDir } from "../src/node/loadDetector.js";
import { fileReader } from "../src/node/files.js";
import { loadImage } from "../src/node/loadImage.js";
import { ROOT } from "../harness/paths.js";
import { loadDetector } from "./helpers/backend.js";

const photo = (name: string) => loadImage(path.join(ROOT, "test/fixtures/mtcnn", name));

for (const name of DETECTOR_NAMES) {
  test(`${name}: load then dispose, 12 detections, a refused option and a reduced copy leave no tensors`, async () => {
    (await loadDetector()).dispose(); // wasm backend, as the CLI
    const images = [await photo("2007_007763.jpg"), await photo("no-faces.jpg"), await photo("ivan.jpg")];
    const before = tf.memory().numTensors;
    const detector = await loadNamedDetector(name, fileReader(detectorDir(name)));
    assert.ok(tf.memory().numTensors > before, "weights are tensors while loaded");
    await detector.detect(images[0]); // warm-up: backends may cache kernels on first use
    const baseline = tf.memory().numTensors;
    for (let i = 0; i < 12; i++) {
      await detector.detect(images[i % images.length]);
      assert.equal(tf.memory().numTensors, baseline, `after detection ${i + 1}`);
    }
    await assert.rejects(detector.detect(images[2], { scoreThreshold: 0 }), /scoreThreshold/);
    await detector.detect(images[0], { maxSide: 200 }); // detected on a reduced copy
    assert.equal(tf.memory().numTensors, baseline, "after a refused option and a reduced copy");
    detector.dispose();
    assert.equal(tf.memory().numTensors, before);
  });
}
