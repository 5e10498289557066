/**
 * Big photos, the pure parts: P-Net's tiles cover each level's output exactly and give the same map as
 * one pass; a reduced copy is the area mean of the source; faces found on a copy map back to the
 * source's pixels, also from `Mtcnn.detect` over its budget. 12 and 48 MP photos: cli-bigPhotos.test.ts.
 */
import * as tf from "@tensorflow/tfjs";
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { facesToSource } from "../src/image/scaleFaces.js";
import type { Face, Pixels } from "../src/core/types.js";
import { areaResample, areaResampleWindow } from "../src/image/areaResample.js";
import { integralImage } from "../src/image/integral.js";
import { reducePixels } from "../src/image/reducePixels.js";
import type { Mtcnn } from "../src/mtcnn/detector.js";
import { pnetRaw } from "../src/mtcnn/pnet.js";
import { pnetOutputSide, pnetTiles, tileSpans } from "../src/mtcnn/pnetTiles.js";
import path from "node:path";
import sharp from "sharp";
import { matchBoxes } from "../src/core/matchBoxes.js";
import { loadImage } from "../src/node/loadImage.js";
import { ROOT } from "../harness/paths.js";
import { loadDetector } from "./helpers/backend.js";

const noise = (width: number, height: number, seed = 1): Pixels => {
  let s = seed;
  const data = Uint8Array.from({ length: width * height * 3 }, () => (s = (s * 1103515245 + 12345) >>> 0) >>> 24);
  return { width, height, channels: 3, data };
};

describe("tileSpans", () => {
  test("cover every output cell once, each fed the input beneath it, starting on even pixels", () => {
    for (const n of [12, 13, 30, 521, 522, 523, 524, 1000, 1001, 2049]) {
      for (const cells of [1, 7, 256]) {
        const spans = tileSpans(n, cells);
        let next = 0;
        for (const s of spans) {
          assert.equal(s.out0, next, `n ${n}, cells ${cells}: contiguous`);
          assert.equal(s.in0, 2 * s.out0);
          assert.ok(s.in0 + s.inN <= n, "inside the level");
          assert.equal(pnetOutputSide(s.inN), s.outN, `n ${n}, cells ${cells}: a tile's input gives exactly its cells`);
          next += s.outN;
        }
        assert.equal(next, pnetOutputSide(n), `n ${n}: all cells`);
        assert.equal(spans.at(-1)?.in0 !== undefined && spans.at(-1)!.in0 + spans.at(-1)!.inN, n, "the last tile reaches the edge");
      }
    }
  });

  test("a level of at most one tile is one tile; a big one is a grid", () => {
    assert.equal(pnetTiles(384, 288).length, 1);
    assert.equal(pnetTiles(2400, 1800).length, Math.ceil(pnetOutputSide(2400) / 256) * Math.ceil(pnetOutputSide(1800) / 256));
    assert.throws(() => tileSpans(100, 0), RangeError);
  });
});

describe("areaResampleWindow", () => {
  test("writes exactly the window's cells of the whole resample", () => {
    const ii = integralImage(noise(97, 61));
    const rect = { x0: 0, y0: 0, x1: 97, y1: 61 };
    const whole = new Float32Array(40 * 25 * 3);
    areaResample(ii, rect, 40, 25, whole);
    const w = { i0: 3, i1: 20, j0: 11, j1: 38 };
    const part = new Float32Array((w.i1 - w.i0) * (w.j1 - w.j0) * 3);
    areaResampleWindow(ii, rect, 40, 25, w, part);
    let o = 0;
    for (let i = w.i0; i < w.i1; i++) for (let j = w.j0; j < w.j1; j++) for (let c = 0; c < 3; c++) assert.equal(part[o++], whole[(i * 40 + j) * 3 + c]);
  });
});

describe("reducePixels", () => {
  test("each output pixel is the rounded area mean of the source (the same bins as areaResample)", () => {
    const px = noise(53, 41, 5);
    const small = reducePixels(px, { width: 17, height: 12 });
    const exact = new Float32Array(17 * 12 * 3);
    areaResample(integralImage(px), { x0: 0, y0: 0, x1: 53, y1: 41 }, 17, 12, exact);
    assert.deepEqual([small.width, small.height, small.channels], [17, 12, 3]);
    for (let k = 0; k < exact.length; k++) assert.ok(Math.abs(small.data[k] - exact[k]) <= 0.5 + 1e-9, `value ${k}: ${small.data[k]} vs ${exact[k]}`);
  });

  test("RGBA input: alpha ignored; same size: the pixels themselves; enlarging refused", () => {
    const rgb = noise(8, 6, 9);
    const rgba: Pixels = { width: 8, height: 6, channels: 4, data: new Uint8Array(8 * 6 * 4) };
    for (let p = 0; p < 48; p++) for (let c = 0; c < 4; c++) rgba.data[p * 4 + c] = c < 3 ? rgb.data[p * 3 + c] : 17;
    assert.deepEqual(reducePixels(rgba, { width: 3, height: 2 }).data, reducePixels(rgb, { width: 3, height: 2 }).data);
    assert.equal(reducePixels(rgb, { width: 8, height: 6 }), rgb);
    assert.throws(() => reducePixels(rgb, { width: 9, height: 6 }), RangeError);
  });
});

describe("facesToSource", () => {
  test("scales boxes and landmarks by the source's size over the copy's, per axis", () => {
    const face: Face = {
      box: [10, 20, 30, 50],
      score: 0.9,
      landmarks: [
        [12, 25],
        [28, 25],
        [20, 35],
        [14, 45],
        [26, 45],
      ],
    };
    const [f] = facesToSource([face], { width: 100, height: 50 }, { width: 250, height: 150 });
    assert.deepEqual(f.box, [25, 60, 75, 150]);
    assert.deepEqual(f.landmarks[2], [50, 105]);
    assert.equal(f.score, 0.9);
    assert.deepEqual(facesToSource([face], { width: 100, height: 50 }, { width: 100, height: 50 }), [face]);
  });
});

describe("P-Net in tiles on the real weights", () => {
  let detector: Mtcnn;
  before(async () => {
    detector = await loadDetector();
  });
  after(() => detector.dispose());

  test("Mtcnn.detect over its budget runs on a reduced copy and answers in the caller's pixels; trace refuses", async () => {
    const pixels = await loadImage(path.join(ROOT, "docs/photos/group.jpg"));
    const whole = await detector.detect(pixels);
    const tensors = tf.memory().numTensors;
    const reduced = await detector.detect(pixels, { maxPixels: 100_000 }); // 720×378 → 436×229
    assert.equal(tf.memory().numTensors, tensors, "no tensor left behind");
    assert.equal(whole.length, 6);
    const pairs = matchBoxes(
      whole.map((f) => f.box),
      reduced.map((f) => f.box),
      0.7,
    );
    assert.equal(pairs.length, 6, `the six faces, in the 720×378 frame: ${JSON.stringify(reduced.map((f) => f.box.map(Math.round)))}`);
    assert.ok(
      reduced.some((f) => f.box[2] > 450),
      "mapped back past the copy's width",
    );
    await assert.rejects(detector.trace(pixels, { maxPixels: 100_000 }), /trace runs at full size only: 720×378 is over the detection budget/);
  });

  test("a big photo: P-Net read tile by tile and R-Net in bounded batches give exactly the faces of one batch", async () => {
    const bytes = await sharp(path.join(ROOT, "docs/photos/group.jpg")).resize(2400, 1260, { kernel: "cubic" }).jpeg({ quality: 90 }).toBuffer();
    const pixels = await loadImage(bytes, "group ×2", { maxPixels: Infinity });
    const auto = await detector.trace(pixels);
    const whole = await detector.trace(pixels, { batching: "whole" });
    assert.ok(auto.rnet.input.length > 1024, `R-Net gets ${auto.rnet.input.length} boxes: more than one bounded batch`);
    assert.ok(auto.timings.reads > 3, `P-Net read level by level: ${auto.timings.reads} reads`);
    assert.deepEqual(auto.faces, whole.faces);
    const small = await detector.trace(await loadImage(path.join(ROOT, "docs/photos/group.jpg")));
    assert.equal(small.timings.reads, 3, "an ordinary photo still reads once per stage, its two-tile first level joined on the backend");
  });

  test("the tiles' outputs side by side equal one pass over the whole level", () => {
    const nets = (detector as unknown as { nets: { pnet: Parameters<typeof pnetRaw>[1] } }).nets;
    const [width, height] = [203, 150];
    const input = new Float32Array(width * height * 3).map((_, k) => Math.sin(k * 0.37) * 0.9);
    const whole = tf.tidy(() => pnetRaw(tf.tensor4d(input, [1, height, width, 3]), nets.pnet));
    const [rows, cols] = [whole.shape[1], whole.shape[2]];
    const full = whole.dataSync();
    whole.dispose();
    const tiles = pnetTiles(width, height, 16);
    assert.ok(tiles.length > 10);
    for (const t of tiles) {
      const part = new Float32Array(t.rows.inN * t.cols.inN * 3);
      let o = 0;
      for (let y = t.rows.in0; y < t.rows.in0 + t.rows.inN; y++)
        for (let x = t.cols.in0; x < t.cols.in0 + t.cols.inN; x++) for (let c = 0; c < 3; c++) part[o++] = input[(y * width + x) * 3 + c];
      const out = tf.tidy(() => pnetRaw(tf.tensor4d(part, [1, t.rows.inN, t.cols.inN, 3]), nets.pnet));
      assert.deepEqual(out.shape, [1, t.rows.outN, t.cols.outN, 6]);
      const got = out.dataSync();
      out.dispose();
      for (let r = 0; r < t.rows.outN; r++)
        for (let c = 0; c < t.cols.outN; c++)
          for (let k = 0; k < 6; k++) {
            const want = full[((t.rows.out0 + r) * cols + t.cols.out0 + c) * 6 + k];
            assert.ok(Math.abs(got[(r * t.cols.outN + c) * 6 + k] - want) < 1e-4, `cell (${t.rows.out0 + r}, ${t.cols.out0 + c}) of ${rows}×${cols}`);
          }
    }
  });
});
