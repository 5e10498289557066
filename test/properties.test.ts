/**
 * Property-based tests (fast-check, fixed seed) for the pure core: IoU, greedy NMS, the pyramid's
 * scales and the similarity transform behind alignment. The example tests pin known answers; these
 * check the laws that must hold for every input, on hundreds of generated ones.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import { area, iou, overlap } from "../src/core/box.js";
import { nms, nmsSteps } from "../src/core/nms.js";
import type { Box, Point } from "../src/core/types.js";
import { pyramidScales } from "../src/mtcnn/pyramid.js";
import { alignmentTemplate } from "../src/align/alignmentTemplate.js";
import { applySimilarity, estimateSimilarity, invertSimilarity, type SimilarityTransform } from "../src/align/similarityTransform.js";

/** Every property runs on the same generated cases on every machine. */
const RUNS = { seed: 20261128, numRuns: 300 } as const;

/** A box with positive area on a 0–200 px grid (quarter-pixel steps, so overlaps are exact-ish but varied). */
const box: fc.Arbitrary<Box> = fc
  .tuple(fc.integer({ min: 0, max: 800 }), fc.integer({ min: 0, max: 800 }), fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 400 }))
  .map(([x, y, w, h]) => [x / 4, y / 4, (x + w) / 4, (y + h) / 4]);

/** Boxes with scores (distinct or tied) and a threshold. */
const scored = fc
  .record({
    boxes: fc.array(box, { maxLength: 40 }),
    scores: fc.array(
      fc.integer({ min: 0, max: 20 }).map((s) => s / 20),
      { minLength: 40, maxLength: 40 },
    ),
    threshold: fc.double({ min: 0, max: 1, noNaN: true }),
    mode: fc.constantFrom("union" as const, "min" as const),
  })
  .map((c) => ({ ...c, scores: c.scores.slice(0, c.boxes.length) }));

describe("IoU", () => {
  test("is symmetric", () => {
    fc.assert(
      fc.property(box, box, (a, b) => iou(a, b) === iou(b, a)),
      RUNS,
    );
  });

  test("lies in [0, 1], and so does the overlap over the smaller box", () => {
    fc.assert(
      fc.property(box, box, (a, b) => {
        for (const v of [iou(a, b), overlap(a, b, "min")]) assert.ok(v >= 0 && v <= 1 + 1e-12, `${v}`);
      }),
      RUNS,
    );
  });

  test("is 1 for a box with itself and 0 for boxes that do not touch", () => {
    fc.assert(
      fc.property(box, fc.integer({ min: 1, max: 50 }), (a, gap) => {
        assert.equal(iou(a, a), 1);
        const right: Box = [a[2] + gap, a[1], a[2] + gap + 10, a[3]];
        assert.equal(iou(a, right), 0);
      }),
      RUNS,
    );
  });

  test("never exceeds the ratio of the smaller to the larger area", () => {
    fc.assert(
      fc.property(box, box, (a, b) => {
        const [s, l] = [area(a), area(b)].sort((x, y) => x - y);
        assert.ok(iou(a, b) <= s / l + 1e-12);
      }),
      RUNS,
    );
  });
});

describe("NMS", () => {
  test("returns distinct input indices (output ⊆ input)", () => {
    fc.assert(
      fc.property(scored, ({ boxes, scores, threshold, mode }) => {
        const kept = nms(boxes, scores, threshold, mode);
        assert.equal(new Set(kept).size, kept.length);
        for (const i of kept) assert.ok(Number.isInteger(i) && i >= 0 && i < boxes.length);
      }),
      RUNS,
    );
  });

  test("no two kept boxes overlap more than the threshold", () => {
    fc.assert(
      fc.property(scored, ({ boxes, scores, threshold, mode }) => {
        const kept = nms(boxes, scores, threshold, mode);
        for (let i = 0; i < kept.length; i++) {
          for (let j = i + 1; j < kept.length; j++) assert.ok(overlap(boxes[kept[i]], boxes[kept[j]], mode) <= threshold);
        }
      }),
      RUNS,
    );
  });

  test("every dropped box overlaps a kept box with at least its score by more than the threshold", () => {
    fc.assert(
      fc.property(scored, ({ boxes, scores, threshold, mode }) => {
        const kept = nms(boxes, scores, threshold, mode);
        const keptSet = new Set(kept);
        for (let i = 0; i < boxes.length; i++) {
          if (keptSet.has(i)) continue;
          assert.ok(
            kept.some((k) => scores[k] >= scores[i] && overlap(boxes[k], boxes[i], mode) > threshold),
            `box ${i} dropped for nothing`,
          );
        }
      }),
      RUNS,
    );
  });

  test("kept indices come in descending score order", () => {
    fc.assert(
      fc.property(scored, ({ boxes, scores, threshold, mode }) => {
        const kept = nms(boxes, scores, threshold, mode);
        for (let i = 1; i < kept.length; i++) assert.ok(scores[kept[i - 1]] >= scores[kept[i]]);
      }),
      RUNS,
    );
  });

  test("is idempotent: NMS of the kept boxes keeps them all, in the same order", () => {
    fc.assert(
      fc.property(scored, ({ boxes, scores, threshold, mode }) => {
        const kept = nms(boxes, scores, threshold, mode);
        const again = nms(
          kept.map((i) => boxes[i]),
          kept.map((i) => scores[i]),
          threshold,
          mode,
        );
        assert.deepEqual(
          again.map((j) => kept[j]),
          kept,
        );
      }),
      RUNS,
    );
  });

  test("stepping nmsStep to the end makes the same decisions", () => {
    fc.assert(
      fc.property(scored, ({ boxes, scores, threshold, mode }) => {
        const steps = [...nmsSteps(boxes, scores, threshold, mode)];
        assert.deepEqual(steps.at(-1)?.kept ?? [], nms(boxes, scores, threshold, mode));
      }),
      RUNS,
    );
  });
});

describe("pyramid scales", () => {
  const image = fc.record({
    width: fc.integer({ min: 1, max: 5000 }),
    height: fc.integer({ min: 1, max: 5000 }),
    minFace: fc.integer({ min: 12, max: 400 }),
    factor: fc.double({ min: 0.11, max: 0.95, noNaN: true }),
  });

  test("start at 12 / minFaceSize, fall strictly, by `factor` each level", () => {
    fc.assert(
      fc.property(image, ({ width, height, minFace, factor }) => {
        const scales = pyramidScales(width, height, minFace, factor);
        if (scales.length > 0) assert.equal(scales[0], 12 / minFace);
        for (let i = 1; i < scales.length; i++) {
          assert.ok(scales[i] < scales[i - 1]);
          assert.ok(Math.abs(scales[i] / scales[i - 1] - factor) < 1e-9);
        }
      }),
      RUNS,
    );
  });

  test("keep every level's shorter side ≥ 12 px (P-Net's window) and stop at the last such level", () => {
    fc.assert(
      fc.property(image, ({ width, height, minFace, factor }) => {
        const scales = pyramidScales(width, height, minFace, factor);
        const shorter = Math.min(width, height);
        for (const s of scales) assert.ok(shorter * s >= 12 - 1e-9);
        const next = scales.length ? scales[scales.length - 1] * factor : 12 / minFace;
        assert.ok(shorter * next < 12 + 1e-9, "one more level would still fit");
      }),
      RUNS,
    );
  });
});

describe("alignment (similarity transform)", () => {
  const transform: fc.Arbitrary<SimilarityTransform> = fc
    .record({
      scale: fc.double({ min: 0.05, max: 20, noNaN: true }),
      angle: fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }),
      tx: fc.double({ min: -500, max: 500, noNaN: true }),
      ty: fc.double({ min: -500, max: 500, noNaN: true }),
    })
    .map(({ scale, angle, tx, ty }) => ({ a: scale * Math.cos(angle), b: scale * Math.sin(angle), tx, ty }));
  const size = fc.integer({ min: 16, max: 320 });
  const close = (p: Point, q: Point, tol: number) => Math.hypot(p[0] - q[0], p[1] - q[1]) <= tol;

  test("the transform estimated from landmarks that are an exact similarity of the template maps them onto it", () => {
    fc.assert(
      fc.property(transform, size, (t, n) => {
        const template = alignmentTemplate(n);
        const landmarks = template.map((p) => applySimilarity(invertSimilarity(t), p));
        const est = estimateSimilarity(landmarks, template);
        landmarks.forEach((p, i) => assert.ok(close(applySimilarity(est, p), template[i], 1e-6 * n), `point ${i}`));
      }),
      RUNS,
    );
  });

  test("recovers the transform's parameters", () => {
    fc.assert(
      fc.property(transform, size, (t, n) => {
        const template = alignmentTemplate(n);
        const est = estimateSimilarity(
          template,
          template.map((p) => applySimilarity(t, p)),
        );
        for (const k of ["a", "b", "tx", "ty"] as const) assert.ok(Math.abs(est[k] - t[k]) <= 1e-6 * (1 + Math.abs(t[k])), k);
      }),
      RUNS,
    );
  });

  test("round-trips: the inverse undoes the transform for any point", () => {
    const point = fc.tuple(fc.double({ min: -1000, max: 1000, noNaN: true }), fc.double({ min: -1000, max: 1000, noNaN: true })) as fc.Arbitrary<Point>;
    fc.assert(
      fc.property(transform, point, (t, p) => {
        assert.ok(close(applySimilarity(invertSimilarity(t), applySimilarity(t, p)), p, 1e-7 * (1 + Math.hypot(...p))));
      }),
      RUNS,
    );
  });
});
