/**
 * Tests for src/mtcnn/activations.ts on the real weights: every layer's output, layer by layer, ends
 * in exactly the networks' usual outputs, has the shapes `netLayers` draws, and leaves no tensors.
 */
import assert from "node:assert/strict";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import * as tf from "@tensorflow/tfjs";
import { netLayers } from "../src/mtcnn/architecture.js";
import type { Mtcnn, MtcnnTrace } from "../src/mtcnn/detector.js";
import { levelInput } from "../src/mtcnn/inputs.js";
import type { NetName } from "../src/mtcnn/weights.js";
import type { Pixels } from "../src/core/types.js";
import { loadImage } from "../src/node/loadImage.js";
import { ROOT } from "../harness/paths.js";
import { loadDetector } from "./helpers/backend.js";

let detector: Mtcnn;
let pixels: Pixels;
let trace: MtcnnTrace;
before(async () => {
  detector = await loadDetector();
  pixels = await loadImage(path.join(ROOT, "test/fixtures/mtcnn/2007_007763.jpg"));
  trace = await detector.trace(pixels);
});
after(() => detector.dispose());

/** The largest absolute difference between two arrays of equal length. */
function maxDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  assert.equal(a.length, b.length);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

/** The first `n` of the trace's real crops for `net`, as a batch. */
function crops(net: "rnet" | "onet", n: number): tf.Tensor4D {
  const side = net === "rnet" ? 24 : 48;
  return tf.tensor4d((net === "rnet" ? trace.rnetCrops : trace.onetCrops).slice(0, n * side * side * 3), [n, side, side, 3]);
}

describe("Mtcnn.activations", () => {
  test("P-Net on a real pyramid level: its face head's channel 1 and its box head are the level's maps in the trace", () => {
    const level = trace.levels[2];
    const input = tf.tensor4d(levelInput(pixels, level), [1, level.height, level.width, 3]);
    const acts = detector.activations("pnet", input);
    const map = trace.pnet.scales[2];
    assert.deepEqual(acts.at(-2)?.tensor.shape, [1, map.rows, map.cols, 2]);
    const prob = tf.tidy(() => acts.at(-2)!.tensor.slice([0, 0, 0, 1], [-1, -1, -1, 1]));
    assert.ok(maxDiff(prob.dataSync(), map.prob) < 1e-5, "probability");
    prob.dispose();
    assert.ok(maxDiff(acts.at(-1)!.tensor.dataSync(), map.reg) < 1e-5, "box offsets");
    tf.dispose([input, ...acts.map((a) => a.tensor)]);
  });

  for (const net of ["pnet", "rnet", "onet"] as const) {
    test(`${net}: names and shapes follow netLayers; face probability, box (and landmarks) equal forward() to 1e-5`, () => {
      const n = net === "pnet" ? 1 : 3;
      const input = net === "pnet" ? (tf.randomUniform([1, 12, 12, 3], -1, 1, "float32", 7) as tf.Tensor4D) : crops(net, n);
      const acts = detector.activations(net, input);
      const layers = netLayers(net, detector.weightShapes(net));
      assert.deepEqual(
        acts.map((a) => [a.name, a.tensor.shape]),
        layers.map((l) => [l.name, [n, ...l.output]]),
      );
      const joined = detector.forward(net, input); // [prob, reg(, points)] along the last axis
      // the face head's channel 1 is the probability forward() returns
      const heads = tf.tidy(() =>
        tf.concat(
          acts.filter((a) => a.head).map((a) => (a.head === "face" ? a.tensor.slice([0, 0, 0, 1], [-1, -1, -1, 1]) : a.tensor)),
          3,
        ),
      );
      assert.ok(maxDiff(heads.dataSync(), joined.dataSync()) < 1e-5);
      tf.dispose([input, joined, heads, ...acts.map((a) => a.tensor)]);
    });
  }

  test("weightShapes are the released tensors, without the detector's joined heads", () => {
    const shapes = detector.weightShapes("onet");
    assert.deepEqual(shapes.get("conv6-3/weights"), [256, 10]);
    assert.deepEqual(shapes.get("prelu1/alpha"), [32]);
    assert.equal([...shapes.keys()].filter((k) => k.startsWith("heads")).length, 0);
  });

  test("disposing the activations leaves the tensor count where it was", () => {
    const baseline = tf.memory().numTensors;
    for (const net of ["pnet", "rnet", "onet"] as NetName[]) {
      const input = net === "pnet" ? (tf.zeros([1, 40, 30, 3]) as tf.Tensor4D) : crops(net, 2);
      const acts = detector.activations(net, input);
      assert.ok(tf.memory().numTensors > baseline);
      tf.dispose([input, ...acts.map((a) => a.tensor)]);
      assert.equal(tf.memory().numTensors, baseline, net);
    }
  });
});
