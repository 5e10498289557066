/**
 * Tests for src/mtcnn/detector.ts and src/mtcnn/weights.ts on the real weights: `detect` and `trace`
 * agree, reads are counted, failed loads leave no tensors, and the load-time re-layout of the weights
 * equals the reference's transpose of every input and output.
 */
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import * as tf from "@tensorflow/tfjs";
import { iou } from "../src/core/box.js";
import { Mtcnn } from "../src/mtcnn/detector.js";
import { JS_KERNELS_FLAG } from "../src/mtcnn/accelerators/jsKernels.js";
import { onet } from "../src/mtcnn/onet.js";
import { pnet } from "../src/mtcnn/pnet.js";
import { rnet } from "../src/mtcnn/rnet.js";
import type { ModelFileReader } from "../src/core/types.js";
import { joinHeads, loadNetWeights, type NetName, type NetWeights } from "../src/mtcnn/weights.js";
import { fileReader, MODELS_DIR } from "../src/node/files.js";
import { loadImage } from "../src/node/loadImage.js";
import { ROOT } from "../harness/paths.js";
import { loadDetector } from "./helpers/backend.js";

const FIXTURES = path.join(ROOT, "test/fixtures/mtcnn");
const PHOTOS = ["2007_007763.jpg", "Alberta_Lee_0001.jpg", "Anthony_Hopkins_0001.jpg", "ivan.jpg", "no-faces.jpg"];

let detector: Mtcnn;
before(async () => {
  detector = await loadDetector();
});
after(() => detector.dispose());

describe("Mtcnn", () => {
  test("detect(pixels) deep-equals trace(pixels).faces on every fixture", async () => {
    for (const name of PHOTOS) {
      const pixels = await loadImage(path.join(FIXTURES, name));
      assert.deepEqual(await detector.detect(pixels), (await detector.trace(pixels)).faces, name);
    }
  });

  test("trace(pixels).timings.reads counts one read per stage that had input", async () => {
    for (const name of PHOTOS) {
      const trace = await detector.trace(await loadImage(path.join(FIXTURES, name)));
      const expected = [trace.levels, trace.rnet.input, trace.onet.input].filter((a) => a.length > 0).length;
      assert.equal(trace.timings.reads, expected, name);
    }
    // Stage 1 proposes nothing on a flat grey image, so R-Net and O-Net are never run nor read.
    const grey = { width: 64, height: 64, channels: 3 as const, data: new Uint8Array(64 * 64 * 3).fill(128) };
    const flat = await detector.trace(grey);
    assert.equal(flat.rnet.input.length, 0);
    assert.equal(flat.timings.reads, 1);
  });
});

/** A reader over `models/mtcnn` whose `failAt`-th call (1-based) rejects. */
function failingReader(failAt: number): ModelFileReader {
  const read = fileReader();
  let calls = 0;
  return async (file) => {
    calls += 1;
    if (calls === failAt) throw new Error(`cannot read ${file}`);
    return read(file);
  };
}

/** A reader over `models/mtcnn` that serves `net`'s manifest passed through `edit`. */
function editedManifest(net: NetName, edit: (groups: { paths: string[]; weights: { name: string; shape: number[] }[] }[]) => unknown): ModelFileReader {
  const read = fileReader();
  return async (file) => {
    if (file !== `${net}-weights_manifest.json`) return read(file);
    const groups = JSON.parse(new TextDecoder().decode(await read(file)));
    return new TextEncoder().encode(JSON.stringify(edit(groups))).buffer as ArrayBuffer;
  };
}

describe("loading leaks nothing on failure", () => {
  test("Mtcnn.load(read) rejects and leaves no tensors whichever of the six files fails", async () => {
    const baseline = tf.memory().numTensors;
    for (let failAt = 1; failAt <= 6; failAt++) {
      await assert.rejects(Mtcnn.load(failingReader(failAt)), /cannot read/, `file ${failAt}`);
      assert.equal(tf.memory().numTensors, baseline, `after failing on file ${failAt}`);
    }
  });

  test("loadNetWeights(net, read) frees the groups already decoded when a later group fails", async () => {
    const baseline = tf.memory().numTensors;
    const read = editedManifest("pnet", ([group]) => [group, { paths: ["missing.bin"], weights: group.weights }]);
    await assert.rejects(loadNetWeights("pnet", read), /ENOENT/);
    assert.equal(tf.memory().numTensors, baseline);
  });

  test("loadNetWeights(net, read) frees the weights already re-laid out when a re-layout throws", async () => {
    const baseline = tf.memory().numTensors;
    // conv4, the dense layer after the flatten, stored as [8, 9, 1024] instead of [576, 128]: the same
    // bytes, but not a matrix, so its row permutation throws after earlier layers were re-laid out.
    const read = editedManifest("rnet", ([group]) => [
      {
        ...group,
        weights: group.weights.map((w) => (w.name === "rnet/conv4/weights" ? { ...w, shape: [8, 9, 1024] } : w)),
      },
    ]);
    await assert.rejects(loadNetWeights("rnet", read), /must match the product of shape/);
    assert.equal(tf.memory().numTensors, baseline);
  });
});

/** A net's weights as stored, keyed like `loadNetWeights` but not re-laid out: they expect transposed input. */
async function rawWeights(net: NetName): Promise<NetWeights> {
  const dir = path.join(MODELS_DIR, "mtcnn");
  const [group] = JSON.parse(await readFile(path.join(dir, `${net}-weights_manifest.json`), "utf8"));
  const buffer = await readFile(path.join(dir, group.paths[0]));
  const decoded = tf.io.decodeWeights(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength), group.weights);
  const weights: NetWeights = new Map(
    Object.entries(decoded).map(([name, t]) => {
      const [, layer, kind] = name.split("/");
      return [`${layer.toLowerCase()}/${kind}`, t];
    }),
  );
  joinHeads(net, weights); // the nets run their output layers joined, in either layout
  return weights;
}

/** Swaps height and width of an NHWC tensor: the reference's transpose of inputs and outputs. */
const transposeHW = <T extends tf.Tensor4D>(x: T) => tf.transpose(x, [0, 2, 1, 3]) as T;

/** The largest absolute difference between two tensors. */
const maxDiff = (a: tf.Tensor, b: tf.Tensor) => tf.tidy(() => tf.max(tf.abs(tf.sub(a, b))).dataSync()[0]);

describe("weight re-layout", () => {
  const nets: NetName[] = ["pnet", "rnet", "onet"];
  const relaid = new Map<NetName, NetWeights>();
  const raw = new Map<NetName, NetWeights>();
  before(async () => {
    for (const net of nets) {
      relaid.set(net, await loadNetWeights(net, fileReader()));
      raw.set(net, await rawWeights(net));
    }
  });
  after(() => {
    for (const w of [...relaid.values(), ...raw.values()]) for (const t of w.values()) t.dispose();
  });

  test("P-Net with the re-laid weights equals the transpose of P-Net on the transposed input with the raw weights", () => {
    tf.tidy(() => {
      const x = tf.randomUniform([1, 31, 45, 3], -1, 1, "float32", 7) as tf.Tensor4D; // not square, odd sides
      const ours = pnet(x, relaid.get("pnet") as NetWeights);
      const reference = pnet(transposeHW(x), raw.get("pnet") as NetWeights);
      assert.deepEqual(ours.prob.shape, [1, 11, 18, 1]);
      assert.ok(maxDiff(ours.prob, transposeHW(reference.prob)) < 1e-4);
      assert.ok(maxDiff(ours.reg, transposeHW(reference.reg)) < 1e-4);
    });
  });

  test("R-Net with the re-laid weights (dense rows permuted) equals R-Net on transposed crops with the raw weights", () => {
    tf.tidy(() => {
      const x = tf.randomUniform([4, 24, 24, 3], -1, 1, "float32", 11) as tf.Tensor4D;
      const ours = rnet(x, relaid.get("rnet") as NetWeights);
      const reference = rnet(transposeHW(x), raw.get("rnet") as NetWeights);
      assert.ok(maxDiff(ours.prob, reference.prob) < 1e-4);
      assert.ok(maxDiff(ours.reg, reference.reg) < 1e-4);
      // Without the permutation the flatten would read the map the wrong way round.
      assert.ok(maxDiff(ours.reg, rnet(x, raw.get("rnet") as NetWeights).reg) > 1e-3);
    });
  });

  test("O-Net with the re-laid weights (dense rows permuted) equals O-Net on transposed crops with the raw weights", () => {
    tf.tidy(() => {
      const x = tf.randomUniform([3, 48, 48, 3], -1, 1, "float32", 13) as tf.Tensor4D;
      const ours = onet(x, relaid.get("onet") as NetWeights);
      const reference = onet(transposeHW(x), raw.get("onet") as NetWeights);
      assert.ok(maxDiff(ours.prob, reference.prob) < 1e-4);
      assert.ok(maxDiff(ours.reg, reference.reg) < 1e-4);
      assert.ok(maxDiff(ours.points, reference.points) < 1e-4);
    });
  });
});

describe('tensor-side crops (cropSampling: "bilinear")', () => {
  test("tensorCrops of a box covering a flat image is that colour, and outside it reads as black", async () => {
    const { imageTensor, tensorCrops } = await import("../src/mtcnn/tensorCrops.js");
    const data = new Uint8Array(10 * 10 * 3).fill(200);
    const image = imageTensor({ width: 10, height: 10, channels: 3, data });
    // cropRect: columns trunc(x1) − 1 … trunc(x2) − 1, so [1, 1, 10, 10] is the whole image.
    const inside = tensorCrops(image, [[1, 1, 10, 10]], 4);
    const outside = tensorCrops(image, [[30, 30, 40, 40]], 4);
    assert.ok(Math.abs(inside.min().dataSync()[0] - (200 - 127.5) / 128) < 1e-6);
    assert.ok(Math.abs(outside.max().dataSync()[0] - -127.5 / 128) < 1e-6);
    tf.dispose([image, inside, outside]);
  });

  test("detect and trace with tensor-side crops find the portrait's face and leave no tensors", async () => {
    const pixels = await loadImage(path.join(FIXTURES, "Anthony_Hopkins_0001.jpg"));
    const [areaFace] = await detector.detect(pixels);
    await detector.detect(pixels, { cropSampling: "bilinear" });
    const baseline = tf.memory().numTensors;
    const faces = await detector.detect(pixels, { cropSampling: "bilinear" });
    const trace = await detector.trace(pixels, { cropSampling: "bilinear" });
    assert.ok(faces.length >= 1 && iou(faces[0].box, areaFace.box) > 0.7, "the same face as with area crops");
    assert.deepEqual(trace.faces, faces);
    assert.equal(trace.rnetCrops.length, trace.rnet.input.length * 24 * 24 * 3, "trace reads the crops back with the outputs");
    assert.equal(trace.timings.reads, 3, "still one read per stage");
    assert.equal(tf.memory().numTensors, baseline);
  });
});

describe('batching: "chunked" (R-Net / O-Net in the fixed sizes of batchPlan)', () => {
  test("finds exactly the faces of one whole batch, for both crop paths, with one read per stage and no tensor left", async () => {
    const pixels = await loadImage(path.join(FIXTURES, "2007_007763.jpg"));
    for (const cropSampling of ["area", "bilinear"] as const) {
      const whole = await detector.trace(pixels, { cropSampling, batching: "whole" });
      const baseline = tf.memory().numTensors;
      const chunked = await detector.trace(pixels, { cropSampling, batching: "chunked" });
      assert.ok(whole.rnet.input.length > 64, `enough R-Net boxes to need several chunks: ${whole.rnet.input.length}`);
      assert.deepEqual(chunked.rnet.input, whole.rnet.input);
      // Same inputs, different batch shapes: the kernels may sum in another order, so compare to 1e-5.
      chunked.rnet.scores.forEach((s, i) => assert.ok(Math.abs(s - whole.rnet.scores[i]) < 1e-5, `R-Net score ${i}`));
      assert.deepEqual(chunked.rnet.kept, whole.rnet.kept);
      assert.deepEqual(chunked.onet.kept, whole.onet.kept);
      chunked.faces.forEach((f, i) => f.box.forEach((v, k) => assert.ok(Math.abs(v - whole.faces[i].box[k]) < 1e-3)));
      assert.equal(chunked.rnetCrops.length, whole.rnetCrops.length, "the trace's crops exclude the padding");
      assert.equal(chunked.timings.reads, 3);
      assert.equal(tf.memory().numTensors, baseline, `${cropSampling}: no tensor left`);
    }
  });
});

describe("cpu backend: facelab's own conv loops (jsKernels) against tfjs's kernels", () => {
  test("the same candidates, scores to 1e-5 and faces to 1e-3, with one read per stage and no tensor left", async () => {
    const pixels = await loadImage(path.join(FIXTURES, "Alberta_Lee_0001.jpg"));
    await tf.setBackend("cpu");
    // Weights made on cpu: tfjs's test mode counts weights moved in from wasm as a kernel leak.
    const cpuDetector = await Mtcnn.load(fileReader());
    try {
      tf.env().set(JS_KERNELS_FLAG, false);
      const reference = await cpuDetector.trace(pixels);
      tf.env().set(JS_KERNELS_FLAG, true);
      const baseline = tf.memory().numTensors;
      const ours = await cpuDetector.trace(pixels);
      assert.ok(ours.rnet.input.length > 10 && ours.faces.length > 0, "enough work to compare");
      assert.deepEqual(ours.rnet.input.length, reference.rnet.input.length);
      ours.rnet.scores.forEach((s, i) => assert.ok(Math.abs(s - reference.rnet.scores[i]) < 1e-5, `R-Net score ${i}`));
      assert.deepEqual(ours.onet.kept, reference.onet.kept);
      assert.equal(ours.faces.length, reference.faces.length);
      ours.faces.forEach((f, i) => {
        f.box.forEach((v, k) => assert.ok(Math.abs(v - reference.faces[i].box[k]) < 1e-3, `face ${i} box`));
        f.landmarks.flat().forEach((v, k) => assert.ok(Math.abs(v - reference.faces[i].landmarks.flat()[k]) < 1e-3, `face ${i} landmarks`));
      });
      assert.equal(ours.timings.reads, 3);
      assert.equal(tf.memory().numTensors, baseline, "no tensor left");
    } finally {
      cpuDetector.dispose();
      tf.env().set(JS_KERNELS_FLAG, true);
      await tf.setBackend("wasm");
    }
  });
});
