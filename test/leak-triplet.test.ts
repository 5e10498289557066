/** The triplet trainer on the cpu backend: seeded, learning, and leaving no tensors behind. */
import assert from "node:assert/strict";
import { test } from "node:test";
import * as tf from "@tensorflow/tfjs";
import { seededRandom } from "../src/core/random.js";
import { TripletTrainer } from "../src/facenet/tripletTrainer.js";

const SIZE = 16;
const LABELS = [0, 0, 1, 1, 2, 2, 3, 3];

/** Seeded random pixels for the batch: each identity a fixed pattern plus noise. */
function batch(seed: number): Float32Array {
  const r = seededRandom(seed);
  const base = Array.from({ length: 4 }, (_, k) => Array.from({ length: SIZE * SIZE * 3 }, (_, i) => Math.sin(i * (k + 1) * 0.37)));
  return Float32Array.from(LABELS.flatMap((l) => base[l].map((v) => v + 0.5 * (r() - 0.5))));
}

test("TripletTrainer steps and embeds without leaking tensors, and dispose frees everything", async () => {
  await tf.setBackend("cpu");
  await tf.ready();
  const before = tf.memory().numTensors;
  const trainer = new TripletTrainer({ inputSize: SIZE, embeddingSize: 8, seed: 3 });
  trainer.step(batch(1), LABELS); // Adam creates its moment variables on the first update
  const baseline = tf.memory().numTensors;
  const steps = Array.from({ length: 5 }, (_, i) => trainer.step(batch(i + 2), LABELS));
  assert.equal(tf.memory().numTensors, baseline, "after 5 steps");
  const emb = trainer.embed(batch(9), LABELS.length);
  assert.equal(emb.length, LABELS.length * 8);
  for (let i = 0; i < LABELS.length; i++) assert.ok(Math.abs(Math.hypot(...emb.slice(i * 8, i * 8 + 8)) - 1) < 1e-4, "unit rows");
  assert.equal(tf.memory().numTensors, baseline, "after embed");
  for (const s of steps) {
    assert.ok(s.loss >= 0 && Number.isFinite(s.loss));
    assert.ok(s.activeFraction >= 0 && s.activeFraction <= 1);
    assert.ok(s.triplets <= 4, "at most one triplet per anchor–positive pair");
  }
  assert.throws(() => trainer.step(new Float32Array(5), LABELS), /5 values for 8 faces/);
  assert.equal(tf.memory().numTensors, baseline, "after a rejected batch");
  trainer.dispose();
  assert.equal(tf.memory().numTensors, before);
});

test("TripletTrainer is deterministic for a seed", async () => {
  await tf.setBackend("cpu");
  const run = () => {
    const t = new TripletTrainer({ inputSize: SIZE, embeddingSize: 8, seed: 5 });
    try {
      return [1, 2, 3].map((s) => t.step(batch(s), LABELS).loss);
    } finally {
      t.dispose();
    }
  };
  assert.deepEqual(run(), run());
});
