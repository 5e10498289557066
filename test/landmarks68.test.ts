/**
 * dlib-style landmarks and chips for dlib's ResNet: face-api.js's 68-point landmark net on facelab's
 * tfjs-core (parity with `@vladmandic/face-api`'s own net on the same crop), dlib's five points taken
 * from the 68, dlib's chip transform (its template points land where dlib puts them), and dlib's
 * jitter with a seed (repeatable, within dlib's ranges). Memory: locating leaves no tensors.
 */
import assert from "node:assert/strict";
import path from "node:path";
import { before, describe, test } from "node:test";
import * as tf from "@tensorflow/tfjs";
import { createRequire } from "node:module";
import type { Pixels, Point } from "../src/core/types.js";
import { DLIB5_FROM_IBUG68, DLIB68_FIT_POINTS, dlib5FromIbug68, dlibChipToImage, dlibFaceChip } from "../src/align/dlibFaceChip.js";
import { MEAN_FACE_X, MEAN_FACE_Y } from "../src/align/dlibChip.js";
import { applyJitter, DLIB_JITTER, jitterChip, jitterDraw } from "../src/align/jitterChip.js";
import { seededRandom } from "../src/core/random.js";
import { applySimilarity } from "../src/align/similarityTransform.js";
import { FaceLandmarks68, landmarkFrame, toSourcePoints } from "../src/landmarks/faceLandmarks68.js";
import { fileReader } from "../src/node/files.js";
import { faceApiModelDir } from "../src/node/faceApiModels.js";
import { loadImage } from "../src/node/loadImage.js";
import { ROOT } from "../harness/paths.js";
import { loadDetector } from "./helpers/backend.js";

const photo = (name: string) => loadImage(path.join(ROOT, "test/fixtures/mtcnn", name));

/** The mean face's 68 points (17–67 from dlib's table; 0–16 unused by the chip) mapped by a similarity. */
function meanFace68(scale: number, angle: number, tx: number, ty: number): Point[] {
  const t = { a: scale * Math.cos(angle), b: scale * Math.sin(angle), tx, ty };
  return Array.from({ length: 68 }, (_, i) => applySimilarity(t, i < 17 ? [0.5, 0.5] : [MEAN_FACE_X[i - 17], MEAN_FACE_Y[i - 17]]));
}

describe("dlib's chip from dlib-style landmarks", () => {
  test("the five points are the eye corners and nose base of the 68 (iBUG indices 45, 42, 36, 39, 33)", () => {
    const pts = Array.from({ length: 68 }, (_, i) => [i, -i] as Point);
    assert.deepEqual(
      dlib5FromIbug68(pts),
      [...DLIB5_FROM_IBUG68].map((i) => [i, -i]),
    );
    assert.throws(() => dlib5FromIbug68(pts.slice(1)), /68 points/);
    assert.deepEqual(DLIB68_FIT_POINTS, [...Array.from({ length: 28 }, (_, i) => 27 + i), 60, 61, 62, 63, 64]);
  });

  test("a mean face placed by a similarity maps its fitted points onto dlib's template, corner pixels onto dlib's rectangle", () => {
    const pts = meanFace68(120, 0.2, 40, 30);
    const t = dlibChipToImage(pts, 150, 0.25);
    // chip pixel u ↦ c + R·k·(u − 74.5) with |R·k| = (150·s − 1)/149 where s = 120 / 150 · 1.5 (the chip spans 1.5 face widths)
    const s = (120 * 1.5) / 150;
    assert.ok(Math.abs(Math.hypot(t.a, t.b) - (150 * s - 1) / 149) < 1e-9);
    assert.ok(Math.abs(Math.atan2(t.b, t.a) - 0.2) < 1e-9);
    // the chip's centre (74.5, 74.5) goes where dlib's similarity sends (75, 75) minus half a pixel's scale
    const [cx, cy] = applySimilarity(t, [74.5, 74.5]);
    const centre = applySimilarity({ a: 120 * Math.cos(0.2), b: 120 * Math.sin(0.2), tx: 40, ty: 30 }, [0.5, 0.5]);
    assert.ok(Math.hypot(cx - centre[0], cy - centre[1]) < 1e-9, `${cx},${cy} vs ${centre}`);
    // five points: dlib's own template, exactly placed → the same transform as the 68 (both fit the mean face)
    const t5 = dlibChipToImage(dlib5FromIbug68(pts));
    assert.ok(Math.abs(Math.atan2(t5.b, t5.a) - 0.2) < 0.02);
    assert.ok(Math.abs(Math.hypot(t5.a, t5.b) / Math.hypot(t.a, t.b) - 1) < 0.03);
    assert.throws(() => dlibChipToImage(pts.slice(0, 10)), /5 or 68/);
  });

  test("dlibFaceChip is the 150-px RGB chip; an image that is one colour stays that colour inside", () => {
    const pixels: Pixels = { width: 300, height: 300, channels: 3, data: new Uint8Array(300 * 300 * 3).fill(90) };
    const chip = dlibFaceChip(pixels, meanFace68(100, 0, 100, 100));
    assert.equal(chip.width, 150);
    assert.equal(chip.data[(75 * 150 + 75) * 3], 90);
  });
});

describe("dlib's jitter with a seed", () => {
  test("the same seed gives the same copies; draws stay in dlib's ranges and half are mirrored", () => {
    const random = seededRandom(7);
    const draws = Array.from({ length: 2000 }, () => jitterDraw(150, random));
    for (const d of draws) {
      assert.ok(d.side >= 144 && d.side <= 148, `side ${d.side}`);
      assert.ok(Math.abs(d.angle) <= (DLIB_JITTER.maxRotationDegrees * Math.PI) / 180);
      assert.ok(Math.abs(d.left + Math.floor(d.side / 2) - 75) <= 3 && Math.abs(d.top + Math.floor(d.side / 2) - 75) <= 3);
    }
    const mirrored = draws.filter((d) => d.mirrored).length / draws.length;
    assert.ok(mirrored > 0.45 && mirrored < 0.55, `${mirrored}`);
    const chip: Pixels = { width: 150, height: 150, channels: 3, data: Uint8Array.from({ length: 150 * 150 * 3 }, (_, i) => (i * 7) % 251) };
    const a = jitterChip(chip, 3, seededRandom(1));
    const b = jitterChip(chip, 3, seededRandom(1));
    assert.deepEqual(a, b);
    assert.notDeepEqual(a[0].data, a[1].data);
  });

  test("the identity draw (whole inner square, no turn) re-samples the chip's inner 144 px onto 150", () => {
    const chip: Pixels = { width: 150, height: 150, channels: 3, data: Uint8Array.from({ length: 150 * 150 * 3 }, (_, i) => Math.floor(i / 3) % 150) };
    const out = applyJitter(chip, { left: 3, top: 3, side: 144, angle: 0, mirrored: false });
    // column u of the copy comes from column 3 + u·143/149: first and last pixels are columns 3 and 146
    assert.equal(out.data[0], 3);
    assert.equal(out.data[149 * 3], 146);
  });
});

describe("face-api.js's 68-point landmark net on tfjs-core", () => {
  let pixels: Pixels;
  let box: [number, number, number, number];
  before(async () => {
    const mtcnn = await loadDetector(); // wasm backend, as the CLI
    pixels = await photo("Anthony_Hopkins_0001.jpg");
    box = (await mtcnn.detect(pixels))[0].box;
    mtcnn.dispose();
  });

  test("landmarkFrame centres the clipped, rounded box in a square; toSourcePoints maps [0, 1] back", () => {
    const { crop, frame } = landmarkFrame([10.4, -5, 60.6, 70], 100, 100);
    assert.deepEqual(crop, [10, 0, 61, 70]);
    assert.deepEqual(frame, { x0: 10 - 9, y0: 0, side: 70 });
    assert.deepEqual(toSourcePoints(new Float32Array(136).fill(0.5), frame)[67], [36, 35]);
  });

  test("parity with @vladmandic/face-api's faceLandmark68Net on the same crop: every point within half a pixel", async () => {
    const faceapi = createRequire(import.meta.url)("@vladmandic/face-api/dist/face-api.node-wasm.js");
    await faceapi.nets.faceLandmark68Net.loadFromDisk(faceApiModelDir());
    const { crop, frame } = landmarkFrame(box, pixels.width, pixels.height);
    const w = crop[2] - crop[0];
    const h = crop[3] - crop[1];
    const data = new Float32Array(w * h * 3);
    for (let y = 0; y < h; y++)
      for (let x = 0; x < w; x++)
        for (let k = 0; k < 3; k++) data[(y * w + x) * 3 + k] = pixels.data[((crop[1] + y) * pixels.width + crop[0] + x) * pixels.channels + k];
    const input = tf.tensor3d(data, [h, w, 3]);
    const theirs = await faceapi.nets.faceLandmark68Net.detectLandmarks(input);
    input.dispose();
    const landmarker = await FaceLandmarks68.load(fileReader(faceApiModelDir()));
    const ours = await landmarker.locate(pixels, box);
    landmarker.dispose();
    assert.equal(ours.length, 68);
    theirs.positions.forEach((p: { x: number; y: number }, i: number) => {
      // Same input tensor; face-api.js maps back with half the padding, |w − h| / 2, where its padding
      // rounds to whole pixels: an odd difference shifts its points by exactly half a pixel.
      const dx = p.x + crop[0] - ours[i][0];
      const dy = p.y + crop[1] - ours[i][1];
      assert.ok(Math.abs(dx) <= 0.501 && Math.abs(dy) <= 0.501, `point ${i}: ${dx.toFixed(3)}, ${dy.toFixed(3)} px apart (frame ${JSON.stringify(frame)})`);
    });
    // and the points make a face inside the box: eyes above the nose base, above the mouth
    assert.ok(ours[36][1] < ours[33][1] && ours[33][1] < ours[62][1]);
    assert.ok(ours[36][0] < ours[45][0]);
  });

  test("loading, 10 locations and dispose leave no tensors", async () => {
    const before = tf.memory().numTensors;
    const landmarker = await FaceLandmarks68.load(fileReader(faceApiModelDir()));
    await landmarker.locate(pixels, box); // warm-up
    const baseline = tf.memory().numTensors;
    for (let i = 0; i < 10; i++) await landmarker.locate(pixels, box);
    assert.equal(tf.memory().numTensors, baseline);
    assert.throws(() => landmarkFrame([-50, -50, -10, -10], pixels.width, pixels.height), /no pixels/);
    landmarker.dispose();
    assert.equal(tf.memory().numTensors, before);
  });
});
