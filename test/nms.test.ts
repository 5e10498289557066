/**
 * Unit and property tests for src/core/nms.ts: greedy NMS as one call (`nms`) and step by step
 * (`nmsStart`, `nmsStep`, `nmsSteps`), in both overlap modes.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import { overlap, type OverlapMode } from "../src/core/box.js";
import { byScore, nms, nmsStart, nmsStep, nmsSteps, type NmsStep } from "../src/core/nms.js";
import type { Box } from "../src/core/types.js";

/** A box with integer corners on a small canvas, so overlaps are frequent; may be empty. */
const boxArb: fc.Arbitrary<Box> = fc
  .tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 25 }))
  .map(([x, y, w, h]): Box => [x, y, x + w, y + h]);

/** Boxes with scores drawn from few values, so ties are common. */
const caseArb = fc
  .array(
    fc.tuple(
      boxArb,
      fc.integer({ min: 0, max: 5 }).map((s) => s / 5),
    ),
    { maxLength: 25 },
  )
  .map((pairs) => ({ boxes: pairs.map((p) => p[0]), scores: pairs.map((p) => p[1]) }));

const modeArb = fc.constantFrom<OverlapMode>("union", "min");
const thresholdArb = fc.constantFrom(0, 0.3, 0.5, 0.7, 1).chain((t) => fc.oneof(fc.constant(t), fc.double({ min: 0, max: 1, noNaN: true })));

const property = { numRuns: 300 };

describe("nms", () => {
  test("nms(boxes, scores, 0.5) keeps the highest-scoring of two overlapping boxes", () => {
    const boxes: Box[] = [
      [0, 0, 10, 10],
      [1, 1, 11, 11],
    ]; // IoU 81/119 ≈ 0.68
    assert.deepEqual(nms(boxes, [0.8, 0.9], 0.5), [1]);
    assert.deepEqual(nms(boxes, [0.9, 0.8], 0.5), [0]);
  });

  test("nms(boxes, scores, t) keeps both boxes when their overlap is not above t", () => {
    const boxes: Box[] = [
      [0, 0, 10, 10],
      [5, 0, 15, 10],
    ]; // IoU exactly 1/3
    assert.deepEqual(nms(boxes, [0.9, 0.8], 0.4), [0, 1]);
  });

  test("nms(boxes, scores, t) suppresses only when overlap > t, not when it equals t", () => {
    const boxes: Box[] = [
      [0, 0, 10, 10],
      [0, 0, 10, 5],
    ]; // IoU exactly 0.5, min-overlap exactly 1
    assert.deepEqual(nms(boxes, [0.9, 0.8], 0.5), [0, 1]);
    assert.deepEqual(nms(boxes, [0.9, 0.8], 0.49), [0]);
    assert.deepEqual(nms(boxes, [0.9, 0.8], 1, "min"), [0, 1]);
  });

  test('nms(boxes, scores, 0.5, "min") suppresses a contained box that union mode keeps', () => {
    const boxes: Box[] = [
      [0, 0, 10, 10],
      [2, 2, 6, 6],
    ]; // IoU 0.16, min-overlap 1
    assert.deepEqual(nms(boxes, [0.9, 0.8], 0.5, "union"), [0, 1]);
    assert.deepEqual(nms(boxes, [0.9, 0.8], 0.5), [0, 1]);
    assert.deepEqual(nms(boxes, [0.9, 0.8], 0.5, "min"), [0]);
  });

  test("nms([], [], t) is empty", () => {
    assert.deepEqual(nms([], [], 0.5), []);
    assert.deepEqual(nms([], new Float32Array(0), 0.5, "min"), []);
  });

  test("nms(boxes, scores, t) returns kept indices highest score first", () => {
    const boxes: Box[] = [
      [0, 0, 1, 1],
      [10, 10, 11, 11],
      [20, 20, 21, 21],
    ];
    assert.deepEqual(nms(boxes, [0.2, 0.9, 0.5], 0.5), [1, 2, 0]);
  });

  test("nms(boxes, scores, t) breaks score ties by input order (stable)", () => {
    const apart: Box[] = [
      [0, 0, 1, 1],
      [10, 10, 11, 11],
      [20, 20, 21, 21],
    ];
    assert.deepEqual(nms(apart, [0.5, 0.5, 0.5], 0.5), [0, 1, 2]);
    const same: Box[] = [
      [0, 0, 10, 10],
      [0, 0, 10, 10],
      [0, 0, 10, 10],
    ];
    assert.deepEqual(nms(same, [0.5, 0.5, 0.5], 0.5), [0]);
    assert.deepEqual(nms(same, [0.1, 0.5, 0.5], 0.5), [1]);
  });

  test("nms(boxes, scores, t) lets a suppressed box not suppress others (greedy chain)", () => {
    // a suppresses b; b would suppress c, but c only barely touches a, so c is kept.
    const boxes: Box[] = [
      [0, 0, 10, 10],
      [4, 0, 14, 10],
      [8, 0, 18, 10],
    ];
    assert.deepEqual(nms(boxes, [0.9, 0.8, 0.7], 0.4), [0, 2]);
  });

  test("nms(boxes, scores, t) accepts a Float32Array of scores and does not mutate its inputs", () => {
    const boxes: Box[] = [
      [0, 0, 10, 10],
      [1, 1, 11, 11],
      [30, 30, 40, 40],
    ];
    const scores = new Float32Array([0.7, 0.9, 0.8]);
    assert.deepEqual(nms(boxes, scores, 0.5), [1, 2]);
    assert.deepEqual(boxes, [
      [0, 0, 10, 10],
      [1, 1, 11, 11],
      [30, 30, 40, 40],
    ]);
    assert.deepEqual(Array.from(scores), [Math.fround(0.7), Math.fround(0.9), Math.fround(0.8)]);
  });
});

describe("nms properties", () => {
  test("nms(boxes, scores, t) returns distinct input indices", () => {
    fc.assert(
      fc.property(caseArb, thresholdArb, modeArb, ({ boxes, scores }, t, mode) => {
        const kept = nms(boxes, scores, t, mode);
        assert.equal(new Set(kept).size, kept.length);
        for (const i of kept) assert.ok(Number.isInteger(i) && i >= 0 && i < boxes.length, `index ${i}`);
        assert.ok(boxes.length === 0 || kept.length >= 1, "a non-empty input keeps at least one box");
      }),
      property,
    );
  });

  test("nms(boxes, scores, t) returns kept indices by descending score, ties by input order", () => {
    fc.assert(
      fc.property(caseArb, thresholdArb, modeArb, ({ boxes, scores }, t, mode) => {
        const kept = nms(boxes, scores, t, mode);
        for (let k = 1; k < kept.length; k++) {
          const [a, b] = [kept[k - 1], kept[k]];
          assert.ok(scores[a] > scores[b] || (scores[a] === scores[b] && a < b), `${a} before ${b}`);
        }
      }),
      property,
    );
  });

  test("nms(boxes, scores, t) keeps no two boxes that overlap more than t", () => {
    fc.assert(
      fc.property(caseArb, thresholdArb, modeArb, ({ boxes, scores }, t, mode) => {
        const kept = nms(boxes, scores, t, mode);
        for (const a of kept)
          for (const b of kept) {
            if (a !== b) assert.ok(overlap(boxes[a], boxes[b], mode) <= t, `kept ${a} and ${b}`);
          }
      }),
      property,
    );
  });

  test("nms(boxes, scores, t) drops a box only for a kept box that ranks above it and overlaps it more than t", () => {
    fc.assert(
      fc.property(caseArb, thresholdArb, modeArb, ({ boxes, scores }, t, mode) => {
        const kept = nms(boxes, scores, t, mode);
        const rank = new Map(byScore(scores).map((index, r) => [index, r]));
        const keptSet = new Set(kept);
        for (let i = 0; i < boxes.length; i++) {
          if (keptSet.has(i)) continue;
          const by = kept.find((k) => rank.get(k)! < rank.get(i)! && overlap(boxes[k], boxes[i], mode) > t);
          assert.ok(by !== undefined, `dropped ${i} without a reason`);
          assert.ok(scores[by] >= scores[i]);
        }
      }),
      property,
    );
  });

  test("nms(boxes, scores, t, mode) equals the kept of the last step of nmsSteps", () => {
    fc.assert(
      fc.property(caseArb, thresholdArb, modeArb, ({ boxes, scores }, t, mode) => {
        const steps = [...nmsSteps(boxes, scores, t, mode)];
        const last = steps.length === 0 ? [] : steps[steps.length - 1].kept;
        assert.deepEqual(last, nms(boxes, scores, t, mode));
        assert.equal(steps.length, last.length, "one step per kept box");
        if (steps.length > 0) assert.deepEqual(steps[steps.length - 1].remaining, []);
      }),
      property,
    );
  });
});

describe("byScore and nmsStart", () => {
  test("byScore(scores) sorts indices by descending score, stable on ties", () => {
    assert.deepEqual(byScore([0.1, 0.9, 0.5, 0.9, 0.1]), [1, 3, 2, 0, 4]);
    assert.deepEqual(byScore([]), []);
  });
  test("nmsStart(scores) keeps nothing and has every index in play by score", () => {
    assert.deepEqual(nmsStart([0.3, 0.8, 0.5]), { kept: [], remaining: [1, 2, 0] });
  });
});

describe("nmsStep", () => {
  // 0 and 1 overlap with IoU 81/119; 2 is apart; 3 is inside 0.
  const boxes: Box[] = [
    [0, 0, 10, 10],
    [1, 1, 11, 11],
    [30, 30, 40, 40],
    [2, 2, 4, 4],
  ];
  const scores = [0.9, 0.8, 0.7, 0.6];

  test("nmsStep(boxes, state, t) keeps the best box and records each overlap and whether it suppressed", () => {
    const step = nmsStep(boxes, nmsStart(scores), 0.5) as NmsStep;
    assert.equal(step.best, 0);
    assert.deepEqual(step.kept, [0]);
    assert.deepEqual(step.compared, [
      { index: 1, overlap: 81 / 119, suppressed: true },
      { index: 2, overlap: 0, suppressed: false },
      { index: 3, overlap: 0.04, suppressed: false },
    ]);
    assert.deepEqual(step.remaining, [2, 3]);
  });

  test('nmsStep(boxes, state, t, "min") measures overlap by the smaller box', () => {
    const step = nmsStep(boxes, nmsStart(scores), 0.5, "min") as NmsStep;
    assert.deepEqual(
      step.compared.map((c) => [c.index, c.overlap, c.suppressed]),
      [
        [1, 0.81, true],
        [2, 0, false],
        [3, 1, true],
      ],
    );
    assert.deepEqual(step.remaining, [2]);
  });

  test("nmsStep(boxes, step, t) continues from the previous step and returns null when nothing remains", () => {
    const first = nmsStep(boxes, nmsStart(scores), 0.5) as NmsStep;
    const second = nmsStep(boxes, first, 0.5) as NmsStep;
    assert.equal(second.best, 2);
    assert.deepEqual(second.kept, [0, 2]);
    assert.deepEqual(second.compared, [{ index: 3, overlap: 0, suppressed: false }]);
    assert.deepEqual(second.remaining, [3]);
    const third = nmsStep(boxes, second, 0.5) as NmsStep;
    assert.deepEqual(third.kept, [0, 2, 3]);
    assert.deepEqual(third.compared, []);
    assert.deepEqual(third.remaining, []);
    assert.equal(nmsStep(boxes, third, 0.5), null);
  });

  test("nmsStep(boxes, state, t) does not mutate the state it is given", () => {
    const state = nmsStart(scores);
    nmsStep(boxes, state, 0.5);
    assert.deepEqual(state, { kept: [], remaining: [0, 1, 2, 3] });
  });

  test("nmsSteps(boxes, scores, t) yields nothing for no boxes", () => {
    assert.deepEqual([...nmsSteps([], [], 0.5)], []);
  });
});
