/** The "Which detector? Which embedder?" page's pure logic: ROC points from distances, WIDER rows, exercise answers. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { parsePairs } from "../src/lfw/pairs.js";
import { embedderRoc, tprAtFar } from "../docs/components/models/embedderRoc.js";
import { widerRows, type WiderEval } from "../docs/components/models/widerRows.js";
import { detectorCountAnswer, fastestAnswer, tunedGains, valGapAnswer } from "../docs/components/models/modelsAnswers.js";
import { msg } from "../docs/components/i18n.js";

const dist = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6];
const same = [true, true, false, true, false, false];

test("embedderRoc runs from (0, 0) to (1, 1) and never goes down", () => {
  const roc = embedderRoc(dist, same, { low: 3, grid: 5 });
  assert.deepEqual(roc[0], { fpr: 0, tpr: 1 / 3 }); // just above the smallest distance: one same pair accepted
  assert.deepEqual(roc.at(-1), { fpr: 1, tpr: 1 });
  for (let i = 1; i < roc.length; i++) {
    assert.ok(roc[i].fpr >= roc[i - 1].fpr && roc[i].tpr >= roc[i - 1].tpr);
  }
});

test("embedderRoc has a point at each of the closest different-person distances (exact at low FAR)", () => {
  const roc = embedderRoc(dist, same, { low: 3, grid: 1 });
  assert.ok(roc.some((p) => p.fpr === 1 / 3 && p.tpr === 2 / 3)); // threshold just above 0.3
  assert.throws(() => embedderRoc([0.1], [true, false]), /1 distances and 2 labels/);
});

test("tprAtFar reads the best true accept rate at or under a false accept rate", () => {
  const roc = [
    { fpr: 0, tpr: 0.5 },
    { fpr: 0.001, tpr: 0.8 },
    { fpr: 0.01, tpr: 0.95 },
  ];
  assert.equal(tprAtFar(roc, 1e-3), 0.8);
  assert.equal(tprAtFar(roc, 1e-4), 0.5);
  assert.equal(tprAtFar([], 1e-3), 0);
});

test("dlib's ROC from its 6,000 View 2 distances gives the VAL its report states, within the folds' spread", () => {
  const report = JSON.parse(readFileSync("data/lfw/results.json", "utf8"));
  const labels = parsePairs(readFileSync("data/lfw/pairs.txt", "utf8")).map((p) => p.same);
  const val = tprAtFar(embedderRoc(report.distances, labels), 1e-3);
  assert.ok(Math.abs(val - report.val.mean) < 2 * report.val.std, `${val} vs ${report.val.mean} ± ${report.val.std}`);
});

const run = (ap: number, minFace?: number) => ({
  settings: minFace === undefined ? {} : { minFace },
  made: "2026-12-07",
  counts: { images: 2, faces: 3, detections: 4 },
  overall: { recall: 0.5, precision: 0.9, ap },
  pr: [{ precision: 1, recall: 0.1 }],
});
const evalOf = (runs: WiderEval["runs"]): WiderEval => ({ what: "", data: "", runs });

test("widerRows gives one row per run, labelled by min face only when a detector has several, best AP first", () => {
  const rows = widerRows([
    { detector: "mtcnn", eval: evalOf([run(0.64, 20), run(0.65, 12)]) },
    { detector: "ssd-mobilenet-v1", eval: evalOf([run(0.7)]) },
  ]);
  assert.deepEqual(
    rows.map((r) => [r.label, r.ap]),
    [
      ["mtcnn (min face 12)", 0.65],
      ["mtcnn (min face 20)", 0.64],
      ["ssd-mobilenet-v1", 0.7],
    ],
  );
});

test("the committed MTCNN evaluation makes rows with PR points", () => {
  const e = JSON.parse(readFileSync("data/wider/mtcnn-eval.json", "utf8"));
  const rows = widerRows([{ detector: "mtcnn", eval: e }]);
  assert.equal(rows.length, e.runs.length);
  for (const r of rows) assert.ok(r.pr.length > 10 && r.ap > 0 && r.ap < 1);
});

test("tunedGains: a threshold tuned on the scored pairs never scores below the 10-fold figure it is compared with", () => {
  const [g] = tunedGains([{ name: "m", distances: dist, tenFold: 4 / 6 }], same);
  assert.equal(g.tuned, 5 / 6); // the cut between 0.2 and 0.3 (or 0.4 and 0.5) gets 5 of 6 right
  assert.ok(Math.abs(g.gain - 1 / 6) < 1e-12);
});

test("valGapAnswer compares the accuracy gap with the gap at FAR = 1e-3", () => {
  const a = { name: "a", accuracy: 0.99, roc: [{ fpr: 0.001, tpr: 0.95 }] };
  const b = { name: "b", accuracy: 0.98, roc: [{ fpr: 0.001, tpr: 0.85 }] };
  assert.equal(valGapAnswer(a, b).choice, msg.models.choiceWider);
  assert.equal(valGapAnswer(a, { ...b, roc: [{ fpr: 0.001, tpr: 0.945 }] }).choice, msg.models.choiceNarrower);
});

test("detectorCountAnswer and fastestAnswer read the race's results, and ask for a run first", () => {
  const face = { box: [0, 0, 10, 10] as [number, number, number, number], score: 0.9 };
  const results = [
    { name: "mtcnn", faces: [face, face], secondMs: 50 },
    { name: "blazeface-front", faces: [], secondMs: 5 },
    { name: "ssd-mobilenet-v1", faces: [face], secondMs: 30, error: "boom" },
  ];
  assert.equal(detectorCountAnswer(results, "blazeface-front").choice, msg.models.choiceNone);
  assert.equal(detectorCountAnswer(results, "mtcnn").choice, msg.models.choiceAll);
  assert.equal(detectorCountAnswer(null, "mtcnn").choice, undefined);
  assert.equal(fastestAnswer(results, msg.common.detectorNames, msg.models.detectorFamily).choice, "a BlazeFace");
  assert.equal(fastestAnswer(null, msg.common.detectorNames, msg.models.detectorFamily).choice, undefined);
});

test("widerRows names a detector's two score runs — every score above the low threshold, and its default — and marks the default one as operating", () => {
  const scoreRun = (ap: number, minScore: number, operating: boolean) => ({ ...run(ap), settings: { scoreThreshold: 0.5, minScore, operating } });
  const rows = widerRows([{ detector: "ssd-mobilenet-v1", eval: evalOf([scoreRun(0.55, 0.05, false), scoreRun(0.45, 0.5, true)]) }]);
  assert.deepEqual(
    rows.map((r) => [r.label, r.operating]),
    [
      ["ssd-mobilenet-v1 (every score ≥ 0.05)", false],
      ["ssd-mobilenet-v1 (default threshold 0.5)", true],
    ],
  );
});

test("every committed detector evaluation makes rows: a low-threshold curve and the operating point", () => {
  for (const d of ["ssd-mobilenet-v1", "tiny-face-detector", "blazeface-front", "blazeface-back", "blazeface-short", "blazeface-full"]) {
    const rows = widerRows([{ detector: d, eval: JSON.parse(readFileSync(`data/wider/${d}-eval.json`, "utf8")) }]);
    assert.deepEqual(rows.map((r) => r.operating).sort(), [false, true], d);
    const curve = rows.find((r) => !r.operating);
    assert.ok(curve && curve.pr.length > 10 && curve.ap > 0 && curve.ap < 1, d);
  }
});
