/**
 * Unit tests for src/wider/: the toolbox's inclusive-pixel IoU, VOC average precision, one image's
 * matching, the 1000-threshold curve and the whole evaluation, on sets small enough to work out by
 * hand (the expected values in the comments are those hand computations).
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Box } from "../src/core/types.js";
import type { WiderFace, WiderImage } from "../src/srn/widerAnnotations.js";
import { faceSize, sizeBuckets } from "../src/wider/widerBuckets.js";
import { type ScoredBox, widerEvaluate } from "../src/wider/widerEvaluate.js";
import { widerImageEval } from "../src/wider/widerImageEval.js";
import { widerIou } from "../src/wider/widerIou.js";
import { addImagePr, emptyPrCounts, prCurve, widerThreshold } from "../src/wider/widerPrCurve.js";
import { vocAp } from "../src/wider/vocAp.js";

/** A face from a WIDER line `x y w h`, attributes 0 unless given. */
const face = (x: number, y: number, w: number, h: number, attrs: Partial<WiderFace> = {}): WiderFace => ({
  box: [x, y, x + w, y + h],
  blur: 0,
  expression: 0,
  illumination: 0,
  invalid: 0,
  occlusion: 0,
  pose: 0,
  ...attrs,
});
const det = (box: Box, score: number): ScoredBox => ({ box, score });
const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-12, `${a} ≠ ${b}`);

describe("widerIou", () => {
  test("widerIou counts inclusive pixels: a 10×10 box shifted 5 px overlaps 66 / 176", () => {
    close(widerIou([0, 0, 10, 10], [5, 0, 15, 10]), 66 / 176);
  });
  test("widerIou(a, a) is 1 and widerIou is symmetric", () => {
    assert.equal(widerIou([3, 4, 9, 20], [3, 4, 9, 20]), 1);
    assert.equal(widerIou([0, 0, 10, 10], [5, 2, 15, 9]), widerIou([5, 2, 15, 9], [0, 0, 10, 10]));
  });
  test("boxes sharing an edge share one pixel column; boxes a pixel apart do not overlap", () => {
    close(widerIou([0, 0, 10, 10], [10, 0, 20, 10]), 11 / 231);
    assert.equal(widerIou([0, 0, 10, 10], [11, 0, 21, 10]), 0);
  });
});

describe("vocAp", () => {
  test("vocAp sums precision's right-hand envelope over recall steps: 0.5·1 + 0.5·⅔", () => {
    close(vocAp([0.5, 0.5, 1], [1, 0.5, 2 / 3]), 5 / 6);
  });
  test("a precision that rises later lifts the earlier points", () => {
    close(vocAp([0.5, 1], [0.5, 1]), 1);
  });
  test("vocAp of an empty curve is 0; mismatched lengths are an error", () => {
    assert.equal(vocAp([], []), 0);
    assert.throws(() => vocAp([0.5], []), /1 recalls and 0 precisions/);
  });
});

describe("widerImageEval", () => {
  const A: Box = [0, 0, 20, 20];
  const B: Box = [100, 0, 120, 20];
  const FP: Box = [300, 300, 320, 320];
  test("each detection recalls the face it overlaps most; a miss is a proposal that recalls nothing", () => {
    const m = widerImageEval([A, FP, B], [A, B], [true, true], 0.5);
    assert.deepEqual([...m.recalledAfter], [1, 1, 2]);
    assert.deepEqual([...m.proposal], [1, 1, 1]);
    assert.deepEqual([...m.recalled], [1, 1]);
  });
  test("a detection of an ignored face is dropped: neither recalled nor a proposal", () => {
    const m = widerImageEval([B, A], [A, B], [true, false], 0.5);
    assert.deepEqual([...m.proposal], [0, 1]);
    assert.deepEqual([...m.recalledAfter], [0, 1]);
    assert.deepEqual([...m.recalled], [1, 0]);
  });
  test("a duplicate detection stays a proposal but recalls nothing more", () => {
    const m = widerImageEval([A, [1, 0, 21, 20]], [A], [true], 0.5);
    assert.deepEqual([...m.recalledAfter], [1, 1]);
    assert.deepEqual([...m.proposal], [1, 1]);
  });
  test("a detection overlapping two faces ≥ 0.5 recalls only the closer; a second one does not fall back to the other", () => {
    const left = face(0, 0, 20, 20).box; // IoU with the detection 441/462
    const right = face(2, 0, 20, 20).box; // 420/483
    const d: Box = [0, 0, 21, 20];
    assert.ok(widerIou(d, left) >= 0.5 && widerIou(d, right) >= 0.5 && widerIou(d, left) > widerIou(d, right));
    const m = widerImageEval([d, d], [left, right], [true, true], 0.5);
    assert.deepEqual([...m.recalled], [1, 0]);
    assert.deepEqual([...m.recalledAfter], [1, 1]);
  });
  test("below the IoU threshold nothing is matched, even an ignored face", () => {
    const m = widerImageEval([[10, 0, 30, 20]], [A], [false], 0.5); // IoU 231/651
    assert.deepEqual([...m.proposal], [1]);
    assert.deepEqual([...m.recalledAfter], [0]);
  });
});

describe("the precision–recall curve", () => {
  test("thresholds run 0.999, 0.998, … 0 as in the toolbox", () => {
    assert.equal(widerThreshold(0), 0.999);
    assert.equal(widerThreshold(999), 0);
  });
  test("an image adds, per threshold, its proposals and recalled faces among detections scoring at least it", () => {
    const counts = emptyPrCounts(4); // thresholds 0.75, 0.5, 0.25, 0
    addImagePr(counts, [0.9, 0.5, 0.1], [1, 0, 1], [1, 1, 2]);
    assert.deepEqual([...counts.proposals], [1, 1, 1, 2]);
    assert.deepEqual([...counts.recalled], [1, 1, 1, 2]);
    const curve = prCurve(counts, 4);
    assert.deepEqual(
      curve.map((p) => [p.threshold, p.precision, p.recall]),
      [
        [0.75, 1, 0.25],
        [0.5, 1, 0.25],
        [0.25, 1, 0.25],
        [0, 1, 0.5],
      ],
    );
  });
  test("thresholds above every detection are left out of the curve", () => {
    const counts = emptyPrCounts(4);
    addImagePr(counts, [0.3], [1], [1]);
    assert.deepEqual(
      prCurve(counts, 1).map((p) => p.threshold),
      [0.25, 0],
    );
  });
});

describe("widerEvaluate", () => {
  // Face A (20 px) and B (100 px); detections A at 1, a miss at 0.6, B at 0: the curve is
  // (recall ½, precision 1) above 0.6, (½, ½) down to 0, (1, ⅔) at 0, so AP = ½·1 + ½·⅔ = 5/6.
  const image: WiderImage = { path: "e/a.jpg", faces: [face(0, 0, 20, 20), face(100, 0, 100, 100)] };
  const dets = [det([0, 0, 20, 20], 1), det([300, 300, 320, 320], 0.6), det([100, 0, 200, 100], 0)];
  const run = (d: ScoredBox[], images: WiderImage[] = [image], extra: [string, ScoredBox[]][] = []) =>
    widerEvaluate(new Map([["e/a.jpg", d], ...extra]), images);

  test("AP of the hand-worked set is 5/6, recall 1 and precision ⅔ with every detection kept", () => {
    const r = run(dets);
    close(r.overall.ap as number, 5 / 6);
    assert.equal(r.overall.recall, 1);
    close(r.overall.precision as number, 2 / 3);
    assert.deepEqual([r.images, r.faces, r.ignored, r.detections, r.dropped, r.unscored], [1, 2, 0, 3, 0, 0]);
  });
  test("scores are normalised over the set: an increasing change of scale leaves AP unchanged", () => {
    const r = run(dets.map((d) => det(d.box, 0.7 + 0.3 * d.score)));
    close(r.overall.ap as number, 5 / 6);
    assert.deepEqual(r.scoreRange, [0.7, 1]);
    close(r.pr[0].score, 0.7 + 0.3 * 0.999);
  });
  test("the detection order in the input does not matter (each image is sorted by score)", () => {
    close(run([...dets].reverse()).overall.ap as number, 5 / 6);
  });
  test("a duplicate of A at 0.8 lowers precision: AP = ½·1 + ½·½ = 0.75", () => {
    const r = run([...dets, det([1, 0, 21, 20], 0.8)]);
    close(r.overall.ap as number, 0.75);
    assert.equal(r.overall.recall, 1);
  });
  test("an invalid face is ignored: its detection is dropped and AP is unchanged", () => {
    const withInvalid: WiderImage = { path: "e/a.jpg", faces: [...image.faces, face(500, 500, 30, 30, { invalid: 1 })] };
    const r = run([...dets, det([500, 500, 530, 530], 0.95)], [withInvalid]);
    close(r.overall.ap as number, 5 / 6);
    assert.deepEqual([r.faces, r.ignored, r.overall.faces, r.dropped], [3, 1, 2, 1]);
  });
  test("an image without detections counts its faces as missed; one without faces is skipped, as the toolbox does", () => {
    const empty: WiderImage = { path: "e/empty.jpg", faces: [] };
    const missed: WiderImage = { path: "e/missed.jpg", faces: [face(0, 0, 40, 40), face(50, 0, 40, 40)] };
    const r = run(
      dets,
      [image, empty, missed],
      [
        ["e/empty.jpg", [det([0, 0, 50, 50], 0.99)]],
        ["e/missed.jpg", []],
      ],
    );
    assert.equal(r.overall.faces, 4);
    assert.equal(r.overall.recall, 0.5);
    assert.equal(r.unscored, 1);
    close(r.overall.ap as number, 0.25 * 1 + 0.25 * (2 / 3)); // recalls halved, precisions unchanged
  });
  test("annotated images missing from the detections are not scored", () => {
    const other: WiderImage = { path: "e/other.jpg", faces: [face(0, 0, 30, 30)] };
    assert.equal(run(dets, [image, other]).images, 1);
  });
  test("each size bucket is scored as a subset, the other faces ignored", () => {
    const size = Object.fromEntries(run(dets).breakdowns.size.map((b) => [b.label, b]));
    // only A counts: its detection at 1 then the miss → precision 1 then ½ at recall 1
    assert.deepEqual([size["16–32 px"].faces, size["16–32 px"].recalled, size["16–32 px"].ap], [1, 1, 1]);
    // only B counts: A's detection dropped, the miss (recall 0), then B → precision ½ at recall 1
    assert.deepEqual([size["≥ 64 px"].faces, size["≥ 64 px"].recall, size["≥ 64 px"].ap], [1, 1, 0.5]);
    assert.deepEqual([size["< 16 px"].faces, size["< 16 px"].recall, size["< 16 px"].ap], [0, null, null]);
  });
  test("attribute buckets follow the annotation labels", () => {
    const occluded: WiderImage = { path: "e/a.jpg", faces: [image.faces[0], { ...image.faces[1], occlusion: 2 }] };
    const occlusion = run(dets.slice(0, 2), [occluded]).breakdowns.occlusion;
    assert.deepEqual(
      occlusion.map((b) => [b.label, b.faces, b.recalled]),
      [
        ["no occlusion", 1, 1],
        ["partial occlusion", 0, 0],
        ["heavy occlusion", 1, 0],
      ],
    );
  });
  test("bad options are errors", () => {
    assert.throws(() => widerEvaluate(new Map(), [], { iou: 0 }), /iou must be in \(0, 1\]/);
    assert.throws(() => widerEvaluate(new Map(), [], { thresholds: 2.5 }), /thresholds/);
  });
});

describe("face size buckets", () => {
  test("faceSize is √(w·h); buckets are [lo, hi) with edges 16, 32, 64", () => {
    assert.equal(faceSize(face(0, 0, 8, 32)), 16);
    const labels = sizeBuckets().map((b) => b.label);
    assert.deepEqual(labels, ["< 16 px", "16–32 px", "32–64 px", "≥ 64 px"]);
    const which = (f: WiderFace) => sizeBuckets().find((b) => b.has(f))?.label;
    assert.equal(which(face(0, 0, 8, 32)), "16–32 px");
    assert.equal(which(face(0, 0, 15, 15)), "< 16 px");
    assert.equal(which(face(0, 0, 0, 15)), "< 16 px");
    assert.equal(which(face(0, 0, 64, 64)), "≥ 64 px");
  });
});
