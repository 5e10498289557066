/**
 * BlazeFace (MediaPipe's front, back, short- and full-range models): the anchor layout and the decoding
 * on numbers, weighted NMS, and on real photos agreement with MTCNN where the model's range allows.
 */
import assert from "node:assert/strict";
import path from "node:path";
import { before, describe, test } from "node:test";
import { iou } from "../src/core/box.js";
import type { Box, Pixels } from "../src/core/types.js";
import { BlazeFace } from "../src/detect/blazeFace.js";
import { blazeFaceAnchors } from "../src/detect/blazeFaceAnchors.js";
import { BLAZEFACE_ROW, blazeFaceCandidates, weightedNms } from "../src/detect/decodeBlazeFace.js";
import { detectorDir } from "../src/node/loadDetector.js";
import { fileReader } from "../src/node/files.js";
import { loadImage } from "../src/node/loadImage.js";
import { ROOT } from "../harness/paths.js";
import { loadDetector } from "./helpers/backend.js";

describe("BlazeFace on numbers", () => {
  test("896 anchors for both models: a 16 × 16 grid with 2 per cell, then 8 × 8 with 6", () => {
    for (const [size, strides] of [
      [128, [8, 16, 16, 16]],
      [256, [16, 32, 32, 32]],
    ] as const) {
      const anchors = blazeFaceAnchors(size, strides);
      assert.equal(anchors.length, 896);
      assert.deepEqual(anchors[0], [1 / 32, 1 / 32]);
      assert.deepEqual(anchors[1], [1 / 32, 1 / 32]);
      assert.deepEqual(anchors[2], [3 / 32, 1 / 32]);
      assert.deepEqual(anchors[512], [1 / 16, 1 / 16]);
      assert.deepEqual(anchors[517], [1 / 16, 1 / 16]);
      assert.deepEqual(anchors[518], [3 / 16, 1 / 16]);
      assert.deepEqual(anchors[895], [15 / 16, 15 / 16]);
    }
  });

  test("the full-range model's 2,304 anchors: one per cell of a 48 × 48 grid", () => {
    const anchors = blazeFaceAnchors(192, [4], 1);
    assert.equal(anchors.length, 2304);
    assert.deepEqual(anchors[1], [3 / 96, 1 / 96]);
    assert.deepEqual(anchors[48], [1 / 96, 3 / 96]);
  });

  test("a row decodes to a box centred at anchor + offset / input size, sized w / input size", () => {
    const anchors = blazeFaceAnchors(128, [8, 16, 16, 16]);
    const rows = new Float32Array(896 * BLAZEFACE_ROW).fill(-200); // logits far below any threshold
    const o = 600 * BLAZEFACE_ROW;
    rows.set([6.4, -12.8, 32, 64], o);
    rows[o + 16] = 200; // clipped to 100 before the sigmoid: score 1
    const [found, ...rest] = blazeFaceCandidates(rows, anchors, 128, 0.5);
    assert.equal(rest.length, 0);
    const [ax, ay] = anchors[600];
    const expected = [ax + 0.05 - 0.125, ay - 0.1 - 0.25, ax + 0.05 + 0.125, ay - 0.1 + 0.25];
    found.box.forEach((v, k) => assert.ok(Math.abs(v - expected[k]) < 1e-6));
    assert.equal(found.score, 1);
  });

  test("weighted NMS blends overlapping boxes by score and keeps the best score; apart boxes stay apart", () => {
    const merged = weightedNms(
      [
        { box: [0, 0, 1, 1], score: 0.6 },
        { box: [0.1, 0, 1.1, 1], score: 0.9 },
        { box: [3, 3, 4, 4], score: 0.7 },
      ],
      0.3,
    );
    assert.equal(merged.length, 2);
    assert.equal(merged[0].score, 0.9);
    const x1 = (0.1 * 0.9 + 0 * 0.6) / 1.5;
    assert.ok(Math.abs(merged[0].box[0] - x1) < 1e-12);
    assert.equal(merged[1].score, 0.7);
    merged[1].box.forEach((v, k) => assert.ok(Math.abs(v - [3, 3, 4, 4][k]) < 1e-12));
  });
});

describe("BlazeFace on real photos", () => {
  const photos: Record<string, Pixels> = {};
  const reference: Record<string, Box[]> = {};
  before(async () => {
    const mtcnn = await loadDetector(); // wasm backend, as the CLI
    for (const name of ["2007_007763.jpg", "Anthony_Hopkins_0001.jpg", "no-faces.jpg"]) {
      photos[name] = await loadImage(path.join(ROOT, "test/fixtures/mtcnn", name));
      reference[name] = (await mtcnn.detect(photos[name])).map((f) => f.box);
    }
    mtcnn.dispose();
  });

  test("every model finds the portrait's face where MTCNN does (IoU ≥ 0.5) and nothing in the empty photo", async () => {
    for (const variant of ["front", "back", "short", "full"] as const) {
      const detector = await BlazeFace.load(fileReader(detectorDir(`blazeface-${variant}`)), variant);
      const [face, ...more] = await detector.detect(photos["Anthony_Hopkins_0001.jpg"]);
      assert.equal(more.length, 0, variant);
      assert.ok(iou(face.box, reference["Anthony_Hopkins_0001.jpg"][0]) >= 0.5, `${variant}: ${face.box}`);
      assert.equal(face.landmarks, undefined);
      assert.deepEqual(await detector.detect(photos["no-faces.jpg"]), []);
      detector.dispose();
    }
  });

  test("the back (256 px) and full-range (192 px) models find at least six of the group photo's seven faces; the front one (128 px, near faces) fewer", async () => {
    const back = await BlazeFace.load(fileReader(detectorDir("blazeface-back")), "back");
    const full = await BlazeFace.load(fileReader(detectorDir("blazeface-full")), "full");
    const front = await BlazeFace.load(fileReader(detectorDir("blazeface-front")), "front");
    const matched = async (d: BlazeFace) => {
      const found = await d.detect(photos["2007_007763.jpg"]);
      return reference["2007_007763.jpg"].filter((r) => found.some((f) => iou(f.box, r) >= 0.5)).length;
    };
    const [b, u, f] = [await matched(back), await matched(full), await matched(front)];
    assert.ok(b >= 6, `back matched ${b}`);
    assert.ok(u >= 6, `full matched ${u}`);
    assert.ok(f < b, `front matched ${f}, back ${b}`);
    for (const d of [back, full, front]) d.dispose();
  });
});
