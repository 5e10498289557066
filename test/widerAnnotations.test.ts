/**
 * Unit tests for src/srn/widerAnnotations.ts and the statistics on a hand-made annotation file:
 * the format's faceless-image placeholder, box conversion, errors with line numbers, histograms.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { faceShapeStats } from "../src/srn/faceShapeStats.js";
import { logBins } from "../src/srn/histogram.js";
import { parseWiderAnnotations } from "../src/srn/widerAnnotations.js";

const SAMPLE = `0--Parade/a.jpg
2
449 330 122 149 0 0 0 0 0 0 
10 20 30 10 2 1 1 1 2 1 
0--Parade/empty.jpg
0
0 0 0 0 0 0 0 0 0 0 
1--Handshaking/b.jpg
1
5 5 0 12 0 0 0 0 0 0 
`;

describe("parseWiderAnnotations", () => {
  const images = parseWiderAnnotations(SAMPLE);
  test("reads paths, boxes as [x1, y1, x2, y2] and the attribute labels", () => {
    assert.deepEqual(
      images.map((i) => [i.path, i.faces.length]),
      [
        ["0--Parade/a.jpg", 2],
        ["0--Parade/empty.jpg", 0],
        ["1--Handshaking/b.jpg", 1],
      ],
    );
    assert.deepEqual(images[0].faces[0].box, [449, 330, 571, 479]);
    assert.deepEqual(images[0].faces[1], { box: [10, 20, 40, 30], blur: 2, expression: 1, illumination: 1, invalid: 1, occlusion: 2, pose: 1 });
  });
  test("a faceless image's placeholder line is not a face", () => {
    assert.deepEqual(images[1].faces, []);
  });
  test("errors name the file and line", () => {
    assert.throws(() => parseWiderAnnotations("x.jpg\n2\n1 2 3 4 0 0 0 0 0 0\n", "gt.txt"), /gt\.txt:4: expected 10 numbers for a face of x\.jpg/);
    assert.throws(() => parseWiderAnnotations("x.jpg\nmany\n", "gt.txt"), /gt\.txt:2: expected a face count after x\.jpg/);
    assert.throws(() => parseWiderAnnotations("hello\n", "gt.txt"), /gt\.txt:1: expected an image path/);
  });
});

describe("faceShapeStats", () => {
  const s = faceShapeStats(parseWiderAnnotations(SAMPLE));
  test("counts faces, zero-size and invalid ones", () => {
    assert.deepEqual([s.images, s.faces, s.zeroSize, s.invalid, s.measured], [3, 3, 1, 1, 2]);
  });
  test("a 30 × 10 face is wider than 2:1; a 122 × 149 face is not", () => {
    assert.deepEqual(s.extremeAspect, { tall: 0, wide: 1, share: 0.5 });
    assert.equal(
      s.aspect.reduce((n, b) => n + b.count, 0),
      2,
    );
    assert.equal(
      s.size.reduce((n, b) => n + b.count, 0),
      2,
    );
  });
});

describe("histogram helpers", () => {
  test("logBins puts values in half-octave bins and clamps the ends", () => {
    const bins = logBins([1, 1.5, 2, 3.9, 100], 1, 4, 2);
    assert.deepEqual(
      bins.map((b) => b.count),
      [1, 1, 1, 2],
    ); // 100 is clamped into the last bin
    // biome-ignore lint/suspicious/noApproximativeNumericConstant: bin edges are kept to 6 significant digits
    assert.equal(bins[1].lo, 1.41421);
  });
});
