/** Alignment: the similarity fit, the warp, facenet's margin crop and the tensor hand-off. */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Face, Landmarks5, Pixels, Point } from "../src/core/types.js";
import { alignmentTemplate, ARCFACE_TEMPLATE_112 } from "../src/align/alignmentTemplate.js";
import { cropPixels } from "../src/align/cropPixels.js";
import { marginBox, marginCrop } from "../src/align/marginCrop.js";
import { pickMainFace } from "../src/align/pickMainFace.js";
import { axisWeights, resizeBilinear } from "../src/align/resizeBilinear.js";
import { applySimilarity, estimateSimilarity, invertSimilarity, type SimilarityTransform } from "../src/align/similarityTransform.js";
import { similarityWarp } from "../src/align/similarityWarp.js";
import { warpSimilarity } from "../src/align/warpSimilarity.js";

const close = (a: number, b: number, eps = 1e-9) => assert.ok(Math.abs(a - b) <= eps, `${a} ≉ ${b}`);
const closeT = (t: SimilarityTransform, u: SimilarityTransform, eps = 1e-9) => {
  for (const k of ["a", "b", "tx", "ty"] as const) close(t[k], u[k], eps);
};

/** A w×h RGB image whose pixel (x, y) is `f(x, y)` in every channel. */
function image(w: number, h: number, f: (x: number, y: number) => number): Pixels {
  const data = new Uint8Array(w * h * 3);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) data.fill(f(x, y), (y * w + x) * 3, (y * w + x) * 3 + 3);
  return { width: w, height: h, channels: 3, data };
}
const at = (p: Pixels, x: number, y: number, k = 0) => p.data[(y * p.width + x) * p.channels + k];

const similarity = (scale: number, angle: number, tx: number, ty: number): SimilarityTransform => ({
  a: scale * Math.cos(angle),
  b: scale * Math.sin(angle),
  tx,
  ty,
});

test("estimateSimilarity recovers a known similarity exactly from transformed points", () => {
  const truth = similarity(1.7, 0.6, -12.5, 40.25);
  const src = ARCFACE_TEMPLATE_112 as readonly Point[];
  const dst = src.map((p) => applySimilarity(truth, p));
  closeT(estimateSimilarity(src, dst), truth);
});

test("estimateSimilarity maps a face's landmarks onto the template (round trip through the inverse)", () => {
  const truth = similarity(0.4, -2.5, 300, 7);
  const template = alignmentTemplate(112);
  const landmarks = template.map((p) => applySimilarity(invertSimilarity(truth), p));
  const fit = estimateSimilarity(landmarks, template);
  closeT(fit, truth, 1e-9);
  landmarks.forEach((p, i) => applySimilarity(fit, p).forEach((v, k) => close(v, template[i][k], 1e-9)));
});

test("estimateSimilarity never returns a reflection: a mirrored point set gets a rotation, not a flip", () => {
  const src: Point[] = [
    [0, 0],
    [10, 0],
    [0, 5],
    [3, 8],
  ];
  const mirrored = src.map(([x, y]): Point => [-x, y]);
  const t = estimateSimilarity(src, mirrored);
  const residual = src.reduce((s, p, i) => s + (applySimilarity(t, p)[0] - mirrored[i][0]) ** 2 + (applySimilarity(t, p)[1] - mirrored[i][1]) ** 2, 0);
  assert.ok(residual > 1, "a reflection would fit exactly; a similarity cannot");
});

test("estimateSimilarity is the least-squares fit: noise-free translation only gives a = 1, b = 0", () => {
  const src: Point[] = [
    [1, 2],
    [5, 2],
    [3, 7],
  ];
  closeT(
    estimateSimilarity(
      src,
      src.map(([x, y]): Point => [x + 4, y - 3]),
    ),
    { a: 1, b: 0, tx: 4, ty: -3 },
  );
});

test("estimateSimilarity rejects coincident or mismatched points", () => {
  assert.throws(
    () =>
      estimateSimilarity(
        [
          [1, 1],
          [1, 1],
        ],
        [
          [0, 0],
          [1, 1],
        ],
      ),
    /coincide/,
  );
  assert.throws(() => estimateSimilarity([[1, 1]], [[0, 0]]), /≥ 2 points/);
  assert.throws(
    () =>
      estimateSimilarity(
        [
          [1, 1],
          [2, 2],
        ],
        [[0, 0]],
      ),
    /equally long/,
  );
});

test("invertSimilarity composes with the transform to the identity", () => {
  const t = similarity(2.5, 1.1, 3, -9);
  const p: Point = [17, -4];
  applySimilarity(invertSimilarity(t), applySimilarity(t, p)).forEach((v, k) => close(v, p[k], 1e-12));
});

test("alignmentTemplate scales the ArcFace 112 template uniformly", () => {
  assert.deepEqual(
    alignmentTemplate(112),
    ARCFACE_TEMPLATE_112.map((p) => [...p]),
  );
  alignmentTemplate(224).forEach((p, i) => p.forEach((v, k) => close(v, 2 * ARCFACE_TEMPLATE_112[i][k], 1e-12)));
});

test("warpSimilarity with the identity copies the image; outside the source is black", () => {
  const src = image(8, 6, (x, y) => 10 * x + y);
  assert.deepEqual(warpSimilarity(src, { a: 1, b: 0, tx: 0, ty: 0 }, 8, 6).data, src.data);
  const shifted = warpSimilarity(src, { a: 1, b: 0, tx: 3, ty: 0 }, 8, 6); // output x = source x + 3
  assert.equal(at(shifted, 0, 2), 0);
  assert.equal(at(shifted, 5, 2), at(src, 2, 2));
});

test("warpSimilarity interpolates bilinearly between pixel centres", () => {
  const src = image(2, 1, (x) => (x === 0 ? 0 : 200));
  const half = warpSimilarity(src, { a: 1, b: 0, tx: -0.5, ty: 0 }, 1, 1); // output (0,0) ← source (0.5, 0)
  assert.equal(at(half, 0, 0), 100);
});

test("similarityWarp puts landmarks of a synthetic face on the template", () => {
  // A dark image with a bright dot at each landmark of a face rotated, scaled and shifted.
  const truth = similarity(1.8, 0.3, 40, 25);
  const template = alignmentTemplate(112);
  const landmarks = template.map((p) => applySimilarity(truth, p)) as Landmarks5;
  const dots = landmarks.map(([x, y]) => [Math.round(x), Math.round(y)]);
  const src = image(320, 320, (x, y) => (dots.some(([dx, dy]) => Math.abs(dx - x) <= 2 && Math.abs(dy - y) <= 2) ? 255 : 0));
  const out = similarityWarp(src, landmarks, { size: 112 });
  assert.equal(out.width, 112);
  for (const [x, y] of template) assert.ok(at(out, Math.round(x), Math.round(y)) > 128, `dot at ${x},${y}`);
  assert.equal(at(out, 56, 10), 0, "the forehead stays dark");
});

test("marginBox mirrors facenet: margin/2 per side, clipped to the image, truncated to integers", () => {
  assert.deepEqual(marginBox([20.7, 30.2, 80.9, 100.5], 250, 250, 32), [4, 14, 96, 116]);
  assert.deepEqual(marginBox([5, 3, 245.5, 249], 250, 250, 32), [0, 0, 250, 250]);
});

test("marginCrop returns a size×size RGB crop of the right region", () => {
  const src = image(100, 100, (x) => (x < 50 ? 0 : 255));
  const left = marginCrop(src, [10, 10, 40, 40], { size: 16, margin: 8 });
  assert.deepEqual([left.width, left.height, left.channels], [16, 16, 3]);
  assert.ok(
    left.data.every((v) => v === 0),
    "a crop left of x = 50 is all black",
  );
  const right = marginCrop(src, [70, 70, 90, 90]); // with the 16 px half-margin: columns 54…99
  assert.equal(right.width, 160);
  assert.ok(
    right.data.every((v) => v === 255),
    "a crop right of x = 50 is all white",
  );
  assert.throws(() => marginCrop(src, [200, 200, 300, 300], { margin: 0 }), /outside/);
});

test("resizeBilinear keeps a constant image constant and matches bilinear when upscaling 2×", () => {
  const flat = resizeBilinear(
    image(37, 23, () => 77),
    160,
    160,
  );
  assert.ok(
    flat.data.every((v) => v === 77),
    "constant in, constant out",
  );
  const up = resizeBilinear(
    image(2, 1, (x) => (x === 0 ? 0 : 200)),
    4,
    1,
  );
  assert.deepEqual([...up.data.filter((_, i) => i % 3 === 0)], [0, 50, 150, 200]);
});

test("axisWeights sum to 1 and widen when downscaling (PIL's antialiasing support)", () => {
  const w = axisWeights(100, 10);
  for (let i = 0; i < 10; i++) {
    let s = 0;
    for (let t = 0; t < w.count[i]; t++) s += w.weights[i * w.taps + t];
    close(s, 1, 1e-12);
    if (i > 0 && i < 9) assert.equal(w.count[i], 20, "interior outputs average ±10 input pixels");
  }
});

test("cropPixels slices like numpy and drops alpha", () => {
  const rgba: Pixels = { width: 3, height: 2, channels: 4, data: Uint8Array.from({ length: 24 }, (_, i) => i) };
  const c = cropPixels(rgba, [1, 0, 3, 1]);
  assert.deepEqual([...c.data], [4, 5, 6, 8, 9, 10]);
  assert.throws(() => cropPixels(rgba, [0, 0, 4, 1]), /inside 3×2/);
});

test("pickMainFace prefers the largest face unless a smaller one is much more central", () => {
  const face = (box: Face["box"]): Face => ({
    box,
    score: 1,
    landmarks: [
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
    ],
  });
  assert.equal(pickMainFace([], 100, 100), -1);
  assert.equal(pickMainFace([face([40, 40, 60, 60]), face([30, 30, 70, 70])], 100, 100), 1);
  assert.equal(pickMainFace([face([0, 0, 30, 30]), face([40, 40, 60, 60])], 100, 100), 1);
});
