/**
 * Unit tests for src/srn/anchors.ts and srnConfig.ts: SRN's anchor shapes, the tiling over any image
 * size, and the counts at the paper's 1024 × 1024 training input.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { anchorShape, anchorShares, featureMapSize, tileAnchors, tileLevels } from "../src/srn/anchors.js";
import { SRN, SRN_LEVELS } from "../src/srn/srnConfig.js";

const close = (a: number, b: number, eps = 1e-4) => assert.ok(Math.abs(a - b) < eps, `${a} ≈ ${b}`);

describe("SRN anchor design", () => {
  test("six levels P2–P7 with strides 4 to 128", () => {
    assert.deepEqual(
      SRN_LEVELS.map((l) => [l.name, l.stride]),
      [
        ["P2", 4],
        ["P3", 8],
        ["P4", 16],
        ["P5", 32],
        ["P6", 64],
        ["P7", 128],
      ],
    );
  });
  test("anchorShape keeps the area and makes height / width the ratio", () => {
    const [w, h] = anchorShape(10, 1.25);
    close(w * h, 100);
    close(h / w, 1.25);
  });
  test("two anchors per cell, 2S and 2√2·S, covering 8 to 362 px", () => {
    const levels = tileLevels(1024, 1024);
    const sizes = levels.flatMap((l) => l.shapes.map(([w, h]) => Math.sqrt(w * h)));
    close(sizes[0], 8);
    close(sizes[1], 8 * Math.SQRT2);
    close(sizes[sizes.length - 1], 256 * Math.SQRT2);
    assert.equal(Math.round(sizes[sizes.length - 1]), 362);
    assert.ok(levels.every((l) => l.shapes.length === SRN.anchorScales.length));
  });
});

describe("tileAnchors", () => {
  test("a 1024 × 1024 input has 174,720 anchors: 87,360 cells × 2", () => {
    const a = tileAnchors(1024, 1024);
    assert.deepEqual(
      a.levels.map((l) => [l.cols, l.rows]),
      [
        [256, 256],
        [128, 128],
        [64, 64],
        [32, 32],
        [16, 16],
        [8, 8],
      ],
    );
    assert.equal(a.count, 174_720);
    assert.equal(a.boxes.length, 174_720 * 4);
  });
  test("P2–P4 hold 98.46 % of a 1024 × 1024 input's anchors, P5–P7 1.54 % (the paper's 88.9 % = 8/9 is what halving levels would give)", () => {
    const shares = anchorShares(tileLevels(1024, 1024));
    const low = shares.slice(0, 3).reduce((s, l) => s + l.share, 0);
    close(low, 172_032 / 174_720, 1e-12);
    assert.equal(low.toFixed(4), "0.9846");
    // Each level has a quarter of the cells of the one below, whatever the input size.
    for (let k = 1; k < shares.length; k++) assert.equal(shares[k - 1].count / shares[k].count, 4);
    // Levels that halved instead: (1 + ½ + ¼) / (1 + ½ + … + 1/32) = 8/9.
    const halving = [0, 1, 2, 3, 4, 5].map((k) => 2 ** -k);
    close(halving.slice(0, 3).reduce((a, b) => a + b) / halving.reduce((a, b) => a + b), 8 / 9, 1e-12);
  });
  test("levels round up for sizes that are not multiples of the stride", () => {
    assert.deepEqual(featureMapSize(1000, 600, 128), [8, 5]);
    const a = tileAnchors(1000, 600);
    assert.deepEqual(
      a.levels.map((l) => [l.cols, l.rows]),
      [
        [250, 150],
        [125, 75],
        [63, 38],
        [32, 19],
        [16, 10],
        [8, 5],
      ],
    );
    assert.equal(
      a.count,
      a.levels.reduce((n, l) => n + l.cols * l.rows * 2, 0),
    );
  });
  test("anchors are centred on cell centres, level by level, scales innermost", () => {
    const a = tileAnchors(16, 8);
    const box = (i: number) => Array.from(a.boxes.subarray(4 * i, 4 * i + 4));
    // Float32 storage: compare to 1e-5.
    const centre = (i: number) => {
      const [x1, y1, x2, y2] = box(i);
      return [(x1 + x2) / 2, (y1 + y2) / 2].map((v) => Number(v.toFixed(5)));
    };
    assert.deepEqual(centre(0), [2, 2]);
    assert.deepEqual(centre(1), [2, 2]);
    assert.deepEqual(centre(2), [6, 2]);
    assert.deepEqual(centre(2 * 4), [2, 6]); // second row of P2 (4 columns)
    assert.deepEqual(centre(a.levels[1].offset), [4, 4]); // P3's first cell
  });
  test("rejects an empty image with a readable error", () => {
    assert.throws(() => tileAnchors(0, 10), /image size must be positive, got 0×10/);
  });
});
