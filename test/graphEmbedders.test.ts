/**
 * The graph-model embedders (MobileFace, FaceRes) behind the `Embedder` interface: each crop is the
 * one its model card names (pure checks on a synthetic image), embeddings are deterministic, and on
 * a few LFW View 1 pairs a photo of the same person lies closer than a photo of someone else.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import type { Face, Landmarks5, Pixels } from "../src/core/types.js";
import { ARCFACE_TEMPLATE_112 } from "../src/align/alignmentTemplate.js";
import { marginCrop } from "../src/align/marginCrop.js";
import { GRAPH_EMBEDDERS, type GraphEmbedderName, isEmbedderName } from "../src/embed/graphEmbedderSpecs.js";
import type { GraphEmbedder } from "../src/embed/loadGraphEmbedder.js";
import { embedImage } from "../src/lfw/embedImage.js";
import { pairDistance } from "../src/lfw/pairDistances.js";
import { parsePairs } from "../src/lfw/pairs.js";
import { loadNamedEmbedder } from "../src/node/loadEmbedder.js";
import { loadImage } from "../src/node/loadImage.js";
import { SHARED } from "../harness/paths.js";
import { loadDetector } from "./helpers/backend.js";
import * as tf from "@tensorflow/tfjs";
import { loadGraphModel } from "@tensorflow/tfjs-converter";
import { fuseClippedRelu, type GraphNode } from "../src/embed/fuseClippedRelu.js";
import { MODELS_DIR } from "../src/node/files.js";
import type { Mtcnn } from "../src/mtcnn/detector.js";

const NAMES = Object.keys(GRAPH_EMBEDDERS) as GraphEmbedderName[];

/** A grey 200×200 image with a white 3×3 dot at each point (rounded), and the face they make. */
function dots(points: Landmarks5): { pixels: Pixels; face: Face } {
  const w = 200;
  const data = new Uint8Array(w * w * 3).fill(40);
  for (const [x, y] of points)
    for (let dy = -1; dy <= 1; dy++)
      for (let dx = -1; dx <= 1; dx++)
        data.fill(255, ((Math.round(y) + dy) * w + Math.round(x) + dx) * 3, ((Math.round(y) + dy) * w + Math.round(x) + dx) * 3 + 3);
  return { pixels: { width: w, height: w, channels: 3, data }, face: { box: [50, 40, 150, 170], score: 1, landmarks: points } };
}

/** Brightness-weighted centre of the crop's pixels within `r` of (x, y). */
function blobCentre(p: Pixels, [x, y]: readonly [number, number], r = 4): [number, number] {
  let sx = 0,
    sy = 0,
    s = 0;
  for (let v = Math.floor(y - r); v <= Math.ceil(y + r); v++)
    for (let u = Math.floor(x - r); u <= Math.ceil(x + r); u++) {
      const k = Math.max(0, p.data[(v * p.width + u) * 3] - 40);
      sx += k * u;
      sy += k * v;
      s += k;
    }
  return [sx / s, sy / s];
}

let mtcnn: Mtcnn;
const loaded = new Map<GraphEmbedderName, GraphEmbedder>();
before(async () => {
  mtcnn = await loadDetector();
  for (const name of NAMES) loaded.set(name, (await loadNamedEmbedder(name)) as GraphEmbedder);
});
after(() => {
  for (const e of loaded.values()) e.dispose();
  mtcnn.dispose();
});

test("the names the CLI accepts", () => {
  assert.ok(isEmbedderName("dlib") && isEmbedderName("mobileface") && isEmbedderName("faceres"));
  assert.ok(!isEmbedderName("mobilefacenet") && !isEmbedderName("facenet"));
});

test("MobileFace's crop puts the five landmarks on ArcFace's 112×112 template", () => {
  // The template rotated by 20°, scaled by 1.3 and moved: a similarity, so the warp undoes it exactly.
  const [c, s] = [Math.cos(0.35), Math.sin(0.35)];
  const src = ARCFACE_TEMPLATE_112.map(([x, y]) => [1.3 * (c * x - s * y) + 60, 1.3 * (s * x + c * y) + 10]) as Landmarks5;
  const { pixels, face } = dots(src);
  const e = loaded.get("mobileface") as GraphEmbedder;
  const crop = e.align(pixels, face);
  assert.equal(crop.width, 112);
  assert.equal(crop.height, 112);
  ARCFACE_TEMPLATE_112.forEach((t, i) => {
    const [x, y] = blobCentre(crop, t);
    assert.ok(Math.hypot(x - t[0], y - t[1]) < 0.5, `landmark ${i}: found at (${x.toFixed(2)}, ${y.toFixed(2)}), template (${t[0]}, ${t[1]})`);
  });
});

test("FaceRes's crop is the detector's box plus 10 px per side, stretched to 224×224 (HSE facial_analysis.py)", () => {
  const { pixels, face } = dots(ARCFACE_TEMPLATE_112.map(([x, y]) => [x + 40, y + 40]) as Landmarks5);
  const crop = (loaded.get("faceres") as GraphEmbedder).align(pixels, face);
  assert.deepEqual(crop, marginCrop(pixels, face.box, { size: 224, margin: 20 }));
});

test("each embedder's model card: sizes, dimensions, weights read", () => {
  for (const [name, e] of loaded) {
    assert.equal(e.inputSize, GRAPH_EMBEDDERS[name].inputSize);
    assert.equal(e.dimension, GRAPH_EMBEDDERS[name].dimension);
    assert.ok(e.weightBytes > 1e6, `${name}: ${e.weightBytes} bytes`);
    assert.ok(e.normalisation.length > 0);
  }
});

test("fuseClippedRelu turns Keras's Maximum(Minimum(Relu(x), 6), 0) into Relu6, and nothing else", () => {
  const chain = (p: string, six: string, zero: string): GraphNode[] => [
    { name: `${p}/Relu`, op: "Relu", input: [`${p}/in`] },
    { name: `${p}/Minimum`, op: "Minimum", input: [`${p}/Relu`, six] },
    { name: `${p}/clip`, op: "Maximum", input: [`${p}/Minimum`, zero] },
  ];
  const consts: Record<string, number> = { six: 6, zero: 0, five: 5 };
  const nodes = [...chain("a", "six", "zero"), ...chain("b", "five", "zero"), ...chain("c", "six", "six")];
  assert.equal(
    fuseClippedRelu(nodes, (n) => consts[n]),
    1,
  );
  assert.deepEqual(
    nodes.map((n) => `${n.op}(${(n.input ?? []).join(",")})`),
    [
      "Relu6(a/in)",
      "Identity(a/Relu)",
      "Identity(a/Minimum)",
      "Relu(b/in)",
      "Minimum(b/Relu,five)",
      "Maximum(b/Minimum,zero)",
      "Relu(c/in)",
      "Minimum(c/Relu,six)",
      "Maximum(c/Minimum,six)",
    ],
  );
});

test("FaceRes with its ReLU6 chains fused computes what the graph as converted computes", async () => {
  const dir = path.join(MODELS_DIR, "faceres");
  const json = JSON.parse(readFileSync(path.join(dir, "faceres.json"), "utf8"));
  const bin = readFileSync(path.join(dir, "faceres.bin"));
  const asConverted = await loadGraphModel(
    tf.io.fromMemory({
      modelTopology: json.modelTopology,
      weightSpecs: json.weightsManifest[0].weights,
      weightData: bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength),
    }),
  );
  const e = loaded.get("faceres") as GraphEmbedder;
  const x = tf.randomUniform([2, 224, 224, 3], 0, 255, "float32", 7) as tf.Tensor4D;
  const ours = e.forward(x);
  // The same preprocessing by hand: RGB → BGR, ImageNet means off.
  const bgr = tf.sub(tf.reverse(x, -1), tf.tensor1d([103.939, 116.779, 123.68]));
  const theirs = asConverted.execute(bgr, "global_pooling/Mean") as tf.Tensor;
  const gap = tf.max(tf.abs(tf.sub(ours, theirs))).dataSync()[0];
  const scale = tf.max(tf.abs(theirs)).dataSync()[0];
  assert.ok(gap <= 1e-4 * scale, `max difference ${gap} (largest value ${scale})`);
  tf.dispose([x, ours, bgr, theirs]);
  asConverted.dispose();
});

const photo = (name: string) => loadImage(path.join(import.meta.dirname, "fixtures/mtcnn", name));

test("embedding the same face twice gives the same vector, of the model's length", async () => {
  const pixels = await photo("Anthony_Hopkins_0001.jpg");
  const [face] = await mtcnn.detect(pixels);
  for (const [name, e] of loaded) {
    const crop = e.align(pixels, face);
    const [a, b] = await e.embed([crop, crop]);
    const [c] = await e.embed([crop]);
    assert.equal(a.length, e.dimension, name);
    assert.deepEqual(a, b, `${name}: twice in one batch`);
    assert.deepEqual(a, c, `${name}: in another batch`);
    assert.ok(a.some((v) => v !== 0) && a.every(Number.isFinite), name);
  }
});

const LFW = SHARED === null ? null : path.join(SHARED, "lfw");
const noLfw = LFW !== null && existsSync(path.join(LFW, "pairsDevTest.txt")) ? false : "needs ../shared/lfw (the LFW photos and View 1 pairs)";

describe("on LFW View 1 dev-test pairs", { skip: noLfw }, () => {
  test("each matched pair is closer than the mismatched pair beside it (8 + 8 pairs)", async () => {
    const pairs = parsePairs(readFileSync(path.join(LFW as string, "pairsDevTest.txt"), "utf8"));
    const same = pairs.filter((p) => p.same).slice(0, 8);
    const diff = pairs.filter((p) => !p.same).slice(0, 8);
    const cache = new Map<string, Map<string, Float32Array>>();
    const embed = async (rel: string) => {
      if (!cache.has(rel)) {
        const pixels = await loadImage(path.join(LFW as string, "lfw-deepfunneled", rel), rel);
        const per = new Map<string, Float32Array>();
        for (const [name, e] of loaded) per.set(name, (await embedImage(mtcnn, e, rel, pixels, { align: "chip", flip: false, thumbSize: 4 })).embedding);
        cache.set(rel, per);
      }
      return cache.get(rel) as Map<string, Float32Array>;
    };
    for (const name of loaded.keys()) {
      let wins = 0;
      for (let i = 0; i < same.length; i++) {
        const s = pairDistance((await embed(same[i].a)).get(name) as Float32Array, (await embed(same[i].b)).get(name) as Float32Array, "euclidean");
        const d = pairDistance((await embed(diff[i].a)).get(name) as Float32Array, (await embed(diff[i].b)).get(name) as Float32Array, "euclidean");
        if (s < d) wins++;
      }
      // MobileFace V3 reports 95.5 % on LFW, so one swap in eight is allowed for it.
      assert.ok(wins >= 7, `${name}: ${wins} of 8 matched pairs closer than their mismatched neighbour`);
    }
  });
});
