/** The LFW and clusters pages' lesson logic: confusion counts, exercise answers, the alignment cost, map tightness. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { confusionAt } from "../docs/components/lfw/confusionAt.js";
import { borderlineAnswer, errorTradeAnswer, tunedOnTestAnswer } from "../docs/components/lfw/lfwAnswers.js";
import { alignmentCost, type AblationRow } from "../docs/components/lfw/alignmentCost.js";
import { dlibGap, gapEntry } from "../docs/components/lfw/dlibGap.js";
import { epsAnswer, farthestPairAnswer, tightnessAnswer } from "../docs/components/clusters/clusterAnswers.js";
import { mapTightness } from "../docs/components/clusterGeometry.js";

const pairs = [
  { d: 0.2, same: true },
  { d: 0.35, same: true },
  { d: 0.45, same: true },
  { d: 0.38, same: false },
  { d: 0.55, same: false },
  { d: 0.7, same: false },
];

test("confusionAt accepts pairs closer than the threshold and counts the four outcomes", () => {
  assert.deepEqual(confusionAt(pairs, 0.4), { TP: 2, FP: 1, TN: 2, FN: 1, accuracy: 4 / 6 });
  assert.deepEqual(confusionAt(pairs, 0.5), { TP: 3, FP: 1, TN: 2, FN: 0, accuracy: 5 / 6 });
  assert.equal(confusionAt([], 0.4).accuracy, 0);
});

test("errorTradeAnswer: a larger threshold grows false accepts", () => {
  assert.equal(errorTradeAnswer(pairs, 0.3, 0.6).choice, "false accepts (FP)");
  assert.equal(errorTradeAnswer(pairs, 0.6, 0.3).choice, "false rejects (FN)");
  assert.match(errorTradeAnswer(pairs, 0.3, 0.6).explain as string, /false accepts 0 → 2, false rejects 2 → 0/);
});

test("tunedOnTestAnswer finds the best threshold on all pairs and sizes the gain", () => {
  const answer = tunedOnTestAnswer(pairs, 4 / 6);
  assert.equal(answer.choice, "more than 0.5 point");
  assert.match(answer.explain as string, /83\.33 %/);
  assert.equal(tunedOnTestAnswer(pairs, 5 / 6).choice, "less than 0.1 point");
});

test("borderlineAnswer counts the mistakes within the band of the threshold", () => {
  assert.equal(borderlineAnswer(pairs, 0.4).choice, "most are close to the threshold");
  assert.equal(borderlineAnswer(pairs, 0.4, 0.01).choice, "most are far from it");
});

test("alignmentCost compares chip and margin on View 2 when both have it, else on dev-test", () => {
  const row = (align: "chip" | "margin", view2: number | null, dev: number): AblationRow => ({
    variant: align,
    align,
    flip: false,
    metric: "euclidean",
    view2: view2 === null ? null : { accuracy: view2, std: 0, val: 0 },
    devTestBestThreshold: dev,
  });
  assert.deepEqual(alignmentCost([row("chip", 0.99, 0.98), row("margin", null, 0.91)]), { split: "devTest", chip: 0.98, margin: 0.91 });
  assert.deepEqual(alignmentCost([row("chip", 0.99, 0.98), row("margin", 0.93, 0.91)]), { split: "view2", chip: 0.99, margin: 0.93 });
  assert.equal(alignmentCost([row("chip", 0.99, 0.98)]), null);
});

test("alignmentCost compares only rows that differ in alignment: not the prewhitened chip, not a 44 px margin", () => {
  const row = (align: "chip" | "margin", accuracy: number, extra: Partial<AblationRow> = {}): AblationRow => ({
    variant: align,
    align,
    flip: false,
    metric: "euclidean",
    view2: { accuracy, std: 0, val: 0 },
    devTestBestThreshold: accuracy,
    ...extra,
  });
  const rows = [
    row("chip", 0.95, { standardisation: "prewhiten" }),
    row("margin", 0.8, { margin: 44, standardisation: "fixed" }),
    row("chip", 0.99, { standardisation: "fixed" }),
    row("margin", 0.87, { margin: 32, standardisation: "fixed" }),
  ];
  assert.deepEqual(alignmentCost(rows), { split: "view2", chip: 0.99, margin: 0.87 });
});

test("dlibGap compares the chip variants on the split they all have, against the pipeline's own chip", () => {
  const row = (view2: number | null, dev: number, extra: Partial<AblationRow> = {}): AblationRow => ({
    variant: "v",
    align: "chip",
    flip: false,
    metric: "euclidean",
    view2: view2 === null ? null : { accuracy: view2, std: 0, val: 0 },
    devTestBestThreshold: dev,
    ...extra,
  });
  const own = row(0.988, 0.987);
  const margin: AblationRow = { ...row(0.9, 0.9), align: "margin" };
  assert.equal(dlibGap([own, row(0.99, 0.98, { flip: true })]), null, "no dlib-style row yet");
  const gap = dlibGap([
    own,
    margin,
    row(0.99, 0.985, { chipLandmarks: "dlib68" }),
    row(null, 0.991, { chipLandmarks: "dlib68", jitter: 10 }),
    row(0.5, 0.5, { metric: "cosine", chipLandmarks: "dlib5" }),
  ]);
  assert.equal(gap?.split, "devTest");
  assert.equal(gap?.entries.length, 3);
  assert.equal(gap?.baseline.accuracy, 0.987);
  assert.deepEqual(gap?.best, { landmarks: "dlib68", flip: false, jitter: 10, accuracy: 0.991, view2: null });
  assert.deepEqual(gap && gapEntry(gap, "dlib68", false)?.view2, { accuracy: 0.99, std: 0, val: 0 });
  assert.equal(gap && gapEntry(gap, "dlib68", false)?.accuracy, 0.985);
  assert.equal(gap && gapEntry(gap, "dlib5", false), undefined);
  assert.equal(dlibGap([own, row(0.99, 0.985, { chipLandmarks: "dlib68" })])?.split, "view2");
});

test("mapTightness is small for tight people and near 1 when people fill the map", () => {
  const labels = Int32Array.from([0, 0, 1, 1]);
  const tight = Float32Array.from([0, 0, 0.01, 0, 10, 10, 10.01, 10]);
  const loose = Float32Array.from([0, 0, 10, 10, 0, 10, 10, 0]);
  assert.ok(mapTightness(tight, labels, 2) < 0.01);
  assert.ok(mapTightness(loose, labels, 2) > 0.9);
});

test("tightnessAnswer compares two perplexities and says when a map is still running", () => {
  assert.equal(
    tightnessAnswer(
      new Map([
        [5, 0.1],
        [50, 0.2],
      ]),
      5,
      50,
    ).choice,
    "tighter at 5",
  );
  assert.equal(
    tightnessAnswer(
      new Map([
        [5, 0.12],
        [50, 0.125],
      ]),
      5,
      50,
    ).choice,
    "about the same",
  );
  assert.throws(() => tightnessAnswer(new Map([[5, 0.1]]), 5, 50), /perplexity 50 map is still running/);
});

test("farthestPairAnswer ranks the map's farthest pair in 128-D", () => {
  const answer = farthestPairAnswer([
    { a: "A", b: "B", d128: 1, d2: 3 },
    { a: "A", b: "C", d128: 2, d2: 1 },
  ]);
  assert.equal(answer.choice, "no");
  assert.match(answer.explain as string, /A and B are the farthest apart; in 128-D their distance ranks 2 of 2/);
});

test("epsAnswer counts DBSCAN groups at two radii", () => {
  // Two tight pairs 1 apart on a line: eps 0.2 keeps them apart, eps 1.5 merges them.
  const xs = [0, 0.1, 1, 1.1];
  const dist = xs.flatMap((a) => xs.map((b) => (a - b) ** 2));
  assert.equal(epsAnswer(dist, 4, 0.2, 1.5, 2).choice, "fewer groups");
  assert.equal(epsAnswer(dist, 4, 1.5, 0.2, 2).choice, "more groups");
});
