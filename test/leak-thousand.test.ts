/**
 * Bounded memory over a long session: 1,000 detections in one process (small images, so it runs in
 * CI time) — faces, no face, a 1×1 image and both crop samplings — and the tensor count and the
 * backend's bytes never move from their baseline. Sampled every 100 detections and at the end.
 */
import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import * as tf from "@tensorflow/tfjs";
import sharp from "sharp";
import type { Pixels } from "../src/core/types.js";
import { readImage } from "../src/node/loadImage.js";
import { ROOT } from "../harness/paths.js";
import { loadDetector } from "./helpers/backend.js";

/** A photo shrunk to `side` px, decoded as the CLI decodes. */
async function small(name: string, side: number): Promise<Pixels> {
  const bytes = await sharp(path.join(ROOT, "docs/photos", name))
    .resize(side, side, { fit: "inside" })
    .png()
    .toBuffer();
  return (await readImage(bytes, name)).pixels;
}

test("1,000 detections leave the tensor count and bytes at their baseline", async () => {
  const detector = await loadDetector();
  const images = [await small("Anthony_Hopkins_0001.jpg", 80), await small("group.jpg", 160), await small("no-face.jpg", 64), await small("portrait.jpg", 1)];
  const found = await Promise.all(images.map((p) => detector.detect(p)));
  assert.ok(found[0].length >= 1 && found[1].length >= 1, "the cascade runs to O-Net on the face images");
  const baseline = tf.memory();
  const samples: number[] = [];
  for (let i = 0; i < 1000; i++) {
    await detector.detect(images[i % images.length], { cropSampling: i % 8 < 4 ? "area" : "bilinear" });
    if ((i + 1) % 100 === 0) samples.push(tf.memory().numTensors);
  }
  console.log(`tensors: baseline ${baseline.numTensors}, every 100 detections ${samples.join(" ")}; bytes ${baseline.numBytes} → ${tf.memory().numBytes}`);
  assert.deepEqual(samples, Array(10).fill(baseline.numTensors));
  assert.equal(tf.memory().numBytes, baseline.numBytes);
  detector.dispose();
});
