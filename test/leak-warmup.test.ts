/**
 * Memory discipline of the detector's warm-up (src/mtcnn/warmUp.ts): its stand-in weights and every
 * intermediate are freed, also when a manifest cannot be read; where it does not pay (wasm, cpu) `load`
 * skips it and leaves tfjs's flags alone; and the files it asks for are the manifests only, each read
 * once for the warm-up and the real load together.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import * as tf from "@tensorflow/tfjs";
import { Mtcnn } from "../src/mtcnn/detector.js";
import { sharedManifests, warmUp, warmUpPays } from "../src/mtcnn/warmUp.js";
import path from "node:path";
import { fileReader, MODELS_DIR } from "../src/node/files.js";
import { loadDetector } from "./helpers/backend.js";

test("warmUp runs the cascade on wasm and on cpu, from the float32 and the site's manifests, and leaves no tensors", async () => {
  (await loadDetector()).dispose(); // selects the wasm backend
  // The site's manifests store weights in fewer bytes (float16, one byte per value): the stand-ins must match their layout.
  for (const dir of [undefined, path.join(MODELS_DIR, "mtcnn/web")])
    for (const backend of ["wasm", "cpu"]) {
      await tf.setBackend(backend);
      const before = tf.memory().numTensors;
      const asked: string[] = [];
      const read = fileReader(dir);
      await warmUp((file) => (asked.push(file), read(file)));
      assert.equal(tf.memory().numTensors, before, `${backend}: tensors left by the warm-up`);
      assert.deepEqual(asked.sort(), ["onet-weights_manifest.json", "pnet-weights_manifest.json", "rnet-weights_manifest.json"], "only the manifests are read");
    }
  await tf.setBackend("wasm");
});

test("a failing manifest rejects the warm-up and leaves no tensors", async () => {
  (await loadDetector()).dispose();
  const before = tf.memory().numTensors;
  const read = fileReader();
  await assert.rejects(
    warmUp((file) => (file.startsWith("onet") ? Promise.reject(new Error("offline")) : read(file))),
    /offline/,
  );
  assert.equal(tf.memory().numTensors, before);
});

test("load with warmUp on wasm: no warm-up, the flag untouched, each file read once; dispose frees all", async () => {
  (await loadDetector()).dispose();
  assert.equal(warmUpPays(), false);
  const flag = tf.env().getBool("WEBGL_USE_SHAPES_UNIFORMS");
  const before = tf.memory().numTensors;
  const counts = new Map<string, number>();
  const read = fileReader();
  const mtcnn = await Mtcnn.load((file) => (counts.set(file, (counts.get(file) ?? 0) + 1), read(file)), { warmUp: true });
  assert.equal(tf.env().getBool("WEBGL_USE_SHAPES_UNIFORMS"), flag);
  assert.deepEqual([...counts.values()], [1, 1, 1, 1, 1, 1]);
  mtcnn.dispose();
  assert.equal(tf.memory().numTensors, before);
});

test("sharedManifests reads a manifest once however often it is asked for, and shards every time", async () => {
  const asked: string[] = [];
  const read = sharedManifests(async (file) => (asked.push(file), new ArrayBuffer(1)));
  await Promise.all([read("pnet-weights_manifest.json"), read("pnet-weights_manifest.json"), read("pnet.bin"), read("pnet.bin")]);
  assert.deepEqual(asked, ["pnet-weights_manifest.json", "pnet.bin", "pnet.bin"]);
});
