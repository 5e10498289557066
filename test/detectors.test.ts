/**
 * The `Detector` interface's two face-api.js detectors: parity with `@vladmandic/face-api`'s own
 * `locateFaces` (same weights, same tfjs instance and backend), agreement with MTCNN on photos whose
 * faces MTCNN finds, the exact mapping from the padded square back to source pixels, and the pure
 * decoding steps on numbers.
 */
import assert from "node:assert/strict";
import path from "node:path";
import { before, describe, test } from "node:test";
import * as tf from "@tensorflow/tfjs";
import { createRequire } from "node:module";
import { iou } from "../src/core/box.js";
import type { Box, Pixels } from "../src/core/types.js";
import { decodeTinyGrid, TINY_ANCHORS } from "../src/detect/decodeTinyGrid.js";
import type { Detector } from "../src/detect/detector.js";
import { loadNamedDetector } from "../src/detect/loadNamedDetector.js";
import { mtcnnDetector } from "../src/detect/mtcnnDetector.js";
import { squareDetections } from "../src/detect/squareDetections.js";
import { ssdCandidates } from "../src/detect/ssdMobilenetV1.js";
import { detectorDir } from "../src/node/loadDetector.js";
import { fileReader } from "../src/node/files.js";
import { faceApiModelDir } from "../src/node/faceApiModels.js";
import { loadImage } from "../src/node/loadImage.js";
import { ROOT } from "../harness/paths.js";
import { loadDetector } from "./helpers/backend.js";

const photo = (name: string) => loadImage(path.join(ROOT, "test/fixtures/mtcnn", name));

describe("the mapping to source pixels", () => {
  test("squareDetections maps the unit square to max(width, height) on both axes and clips to the image", () => {
    // a 400 × 200 image sits in the top half of a 400 × 400 square
    const found = squareDetections(
      [
        { box: [0.25, 0.1, 0.5, 0.4], score: 0.9 },
        { box: [0.9, 0.4, 1.1, 0.6], score: 0.8 },
      ],
      { width: 400, height: 200, iouThreshold: 0.5, maxResults: 10 },
    );
    assert.deepEqual(found, [
      { box: [100, 40, 200, 160], score: 0.9 },
      { box: [360, 160, 400, 200], score: 0.8 },
    ]);
  });

  test("squareDetections suppresses overlapping boxes, keeps the best, and caps the count", () => {
    const c = [
      { box: [0, 0, 0.5, 0.5] as Box, score: 0.6 },
      { box: [0.01, 0, 0.51, 0.5] as Box, score: 0.9 },
      { box: [0.6, 0.6, 0.9, 0.9] as Box, score: 0.7 },
    ];
    const all = squareDetections(c, { width: 100, height: 100, iouThreshold: 0.5, maxResults: 10 });
    assert.deepEqual(
      all.map((d) => d.score),
      [0.9, 0.7],
    );
    assert.equal(squareDetections(c, { width: 100, height: 100, iouThreshold: 0.5, maxResults: 1 }).length, 1);
  });

  test("ssdCandidates reorders [ymin, xmin, ymax, xmax] to [x1, y1, x2, y2] and keeps scores above the threshold", () => {
    const rows = [0.1, 0.2, 0.3, 0.4, 0.9, 0.5, 0.5, 0.6, 0.6, 0.5];
    assert.deepEqual(ssdCandidates(rows, 0.5), [{ box: [0.2, 0.1, 0.4, 0.3], score: 0.9 }]);
  });

  test("decodeTinyGrid places a zero prediction at the cell centre with the anchor's size", () => {
    const cells = 2;
    const grid = new Float32Array(cells * cells * TINY_ANCHORS.length * 5);
    const o = ((1 * cells + 0) * TINY_ANCHORS.length + 3) * 5; // row 1, column 0, anchor 3
    grid[o + 4] = 10; // σ(10) ≈ 1: only this box passes 0.5 (σ(0) = 0.5 does not)
    const [found, ...rest] = decodeTinyGrid(grid, cells, 0.5);
    assert.equal(rest.length, 0);
    const [w, h] = TINY_ANCHORS[3];
    const expected = [0.25 - w / 4, 0.75 - h / 4, 0.25 + w / 4, 0.75 + h / 4];
    found.box.forEach((v, i) => assert.ok(Math.abs(v - expected[i]) < 1e-12));
    assert.ok(Math.abs(found.score - 1 / (1 + Math.exp(-10))) < 1e-12);
  });
});

describe("MTCNN behind the Detector interface", () => {
  test("mtcnnDetector returns exactly Mtcnn.detect's faces, and scoreThreshold replaces O-Net's threshold only", async () => {
    const mtcnn = await loadDetector();
    const detector = mtcnnDetector(mtcnn);
    const pixels = await photo("2007_007763.jpg");
    assert.deepEqual(await detector.detect(pixels), await mtcnn.detect(pixels));
    assert.deepEqual(await detector.detect(pixels, { scoreThreshold: 0.99 }), await mtcnn.detect(pixels, { thresholds: [0.6, 0.7, 0.99] }));
    assert.equal(detector.name, "mtcnn");
    assert.equal(detector.hasLandmarks, true);
    detector.dispose();
  });
});

interface FaceApiNet {
  loadFromDisk(dir: string): Promise<void>;
  locateFaces(input: tf.Tensor3D, options: unknown): Promise<{ score: number; box: { x: number; y: number; width: number; height: number } }[]>;
}

describe("SSD MobileNet v1 and Tiny Face Detector on real photos", () => {
  const detectors: Record<string, Detector> = {};
  const photos: Record<string, Pixels> = {};
  const mtcnnBoxes: Record<string, Box[]> = {};
  before(async () => {
    const mtcnn = await loadDetector(); // wasm backend, as the CLI
    for (const name of ["2007_007763.jpg", "Anthony_Hopkins_0001.jpg", "ivan.jpg", "no-faces.jpg"]) {
      photos[name] = await photo(name);
      mtcnnBoxes[name] = (await mtcnn.detect(photos[name])).map((f) => f.box);
    }
    mtcnn.dispose();
    for (const name of ["ssd-mobilenet-v1", "tiny-face-detector"] as const) detectors[name] = await loadNamedDetector(name, fileReader(detectorDir(name)));
  });

  test("parity with @vladmandic/face-api's locateFaces: same faces, boxes within 0.5 px, scores within 0.005", async () => {
    const faceapi = createRequire(import.meta.url)("@vladmandic/face-api/dist/face-api.node-wasm.js");
    const nets: Record<string, [FaceApiNet, unknown]> = {
      "ssd-mobilenet-v1": [faceapi.nets.ssdMobilenetv1, new faceapi.SsdMobilenetv1Options({ minConfidence: 0.5 })],
      "tiny-face-detector": [faceapi.nets.tinyFaceDetector, new faceapi.TinyFaceDetectorOptions()],
    };
    for (const [name, [net, options]] of Object.entries(nets)) {
      await net.loadFromDisk(faceApiModelDir());
      for (const [file, pixels] of Object.entries(photos)) {
        const input = tf.tensor3d(Float32Array.from(pixels.data), [pixels.height, pixels.width, 3]);
        const theirs = await net.locateFaces(input, options);
        input.dispose();
        const ours = await detectors[name].detect(pixels);
        assert.equal(ours.length, theirs.length, `${name} on ${file}`);
        ours.forEach((face, i) => {
          const { x, y, width, height } = theirs[i].box;
          [x, y, x + width, y + height].forEach((v, k) =>
            assert.ok(Math.abs(v - face.box[k]) < 0.5, `${name} ${file} face ${i}: ${face.box} vs ${[x, y, x + width, y + height]}`),
          );
          assert.ok(Math.abs(face.score - theirs[i].score) < 0.005);
        });
      }
    }
  });

  test("SSD MobileNet v1 finds all seven faces MTCNN finds in the group photo (IoU ≥ 0.5), and none in the empty one", async () => {
    const ssd = detectors["ssd-mobilenet-v1"];
    const found = await ssd.detect(photos["2007_007763.jpg"]);
    assert.equal(mtcnnBoxes["2007_007763.jpg"].length, 7);
    for (const ref of mtcnnBoxes["2007_007763.jpg"])
      assert.ok(
        found.some((f) => iou(f.box, ref) >= 0.5),
        `a face near ${ref}`,
      );
    assert.deepEqual(await ssd.detect(photos["no-faces.jpg"]), []);
  });

  test("each detector finds the portrait's face where MTCNN does (IoU ≥ 0.5), without landmarks", async () => {
    const [ref] = mtcnnBoxes["Anthony_Hopkins_0001.jpg"];
    for (const detector of Object.values(detectors)) {
      const found = await detector.detect(photos["Anthony_Hopkins_0001.jpg"]);
      assert.equal(found.length, 1, detector.name);
      assert.ok(iou(found[0].box, ref) >= 0.5, `${detector.name}: IoU ${iou(found[0].box, ref)}`);
      assert.equal(found[0].landmarks, undefined);
      assert.equal(detector.hasLandmarks, false);
    }
  });

  test("a non-square photo is mapped back exactly: the same photo padded to a square by hand gives the same boxes", async () => {
    // 500 × 375 with black rows added below is the very square the detectors build, so the network
    // sees identical input and every box must agree: the mapping adds no shift or scale error.
    const src = photos["2007_007763.jpg"];
    const square: Pixels = { width: 500, height: 500, channels: 3, data: new Uint8Array(500 * 500 * 3) };
    square.data.set(Uint8Array.from(src.data).subarray(0, 500 * 375 * 3));
    for (const detector of Object.values(detectors)) {
      const own = await detector.detect(src);
      const padded = await detector.detect(square);
      assert.ok(own.length > 0, detector.name);
      assert.equal(padded.length, own.length, detector.name);
      own.forEach((face, i) =>
        face.box.forEach((v, k) =>
          assert.ok(Math.abs(v - Math.min(padded[i].box[k], 375 + (k % 2 === 0 ? 125 : 0))) < 1e-3, `${detector.name}: ${face.box} vs ${padded[i].box}`),
        ),
      );
    }
  });

  test("a scoreThreshold outside (0, 1) is refused", async () => {
    for (const detector of Object.values(detectors)) {
      await assert.rejects(detector.detect(photos["ivan.jpg"], { scoreThreshold: 1.5 }), /scoreThreshold/);
    }
  });
});
