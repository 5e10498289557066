/**
 * Training on a face database (src/facedb/trainDatabase.ts, trainedModel.ts) with real embeddings: the
 * database page's demo — four LFW people, photos 1–3 each, from the committed LFW artifacts — trains,
 * cross-validates, survives JSON, names each person's held-back fourth photo and calls a stranger
 * unknown at the LFW threshold. Plus the fold rule, the staleness check and the refusals.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { before, describe, test } from "node:test";
import { loadCentroids } from "../src/classifier/centroids.js";
import { loadSvm } from "../src/classifier/svm.js";
import { trainDatabase } from "../src/facedb/trainDatabase.js";
import { checkTrainedModel, cvFolds, isStale, trainingProblem, type TrainedModel } from "../src/facedb/trainedModel.js";
import { unitVector } from "../src/math/vector.js";
import { DLIB_UNIT_THRESHOLD } from "../src/embed/dlibEmbedder.js";
import { ROOT } from "../harness/paths.js";

const DEMO = ["Colin_Powell", "George_W_Bush", "Serena_Williams", "Tony_Blair"];
const LFW = path.join(ROOT, "data/lfw");
const paths = readFileSync(path.join(LFW, "embeddings.tsv"), "utf8")
  .trim()
  .split("\n")
  .slice(1)
  .map((l) => l.split("\t")[0]);
const table = new Float32Array(readFileSync(path.join(LFW, "embeddings.f32")).buffer.slice(0));
/** The committed embedding of an LFW image, e.g. `Tony_Blair_0004.jpg`, made unit-length as the page stores it. */
const lfw = (file: string) => {
  const i = paths.indexOf(`${file.replace(/_\d{4}\.jpg$/, "")}/${file}`);
  assert.ok(i >= 0, file);
  return unitVector(table.subarray(128 * i, 128 * i + 128));
};
/** LFW's verification threshold on unit embeddings (the square root of the squared-distance one). */
const results = JSON.parse(readFileSync(path.join(LFW, "results.json"), "utf8"));
const THRESHOLD = Math.sqrt(results.folds.reduce((s: number, f: { threshold: number }) => s + f.threshold, 0) / results.folds.length);

const demoFaces = DEMO.flatMap((person) => [1, 2, 3].map((k) => ({ id: `${person}-${k}`, personId: person, embedding: lfw(`${person}_000${k}.jpg`) })));

describe("trainDatabase on the demo database", () => {
  let model: TrainedModel;
  before(async () => {
    model = await trainDatabase(demoFaces);
  });

  test("names every training face, cross-validates with 3 folds, lists the faces it saw", () => {
    assert.equal(model.kind, "facelab-classifier");
    assert.equal(model.training.accuracy, 1);
    assert.deepEqual(Object.keys(model.training.perPerson).sort(), DEMO);
    assert.equal(model.crossValidation?.folds, 3, "min(5, 3 faces each)");
    assert.equal(
      Object.values(model.crossValidation!.perPerson).reduce((n, s) => n + s.total, 0),
      12,
    );
    assert.ok(model.crossValidation!.accuracy >= 0.75, `cross-validation accuracy ${model.crossValidation!.accuracy}`);
    assert.deepEqual(model.faceIds, demoFaces.map((f) => f.id).sort());
    assert.equal(model.svm.options.cost, 10);
  });

  test("after JSON, the SVM names each held-back fourth photo and the matcher accepts it", async () => {
    const json = checkTrainedModel(JSON.parse(JSON.stringify(model)));
    const svm = await loadSvm(json.svm);
    const centroids = loadCentroids(json.centroids);
    try {
      for (const person of DEMO) {
        const e = lfw(`${person}_0004.jpg`);
        assert.equal(svm.predict(e).label, person);
        assert.equal(centroids.predict(e, THRESHOLD).label, person);
      }
    } finally {
      svm.dispose();
    }
  });

  test("the command line's default threshold is LFW's, to two decimals", () => {
    assert.equal(DLIB_UNIT_THRESHOLD, Number(THRESHOLD.toFixed(2)));
  });

  test("a stranger (Laura Bush) is unknown to the centroid matcher at the LFW threshold", () => {
    const prediction = loadCentroids(model.centroids).predict(lfw("Laura_Bush_0001.jpg"), THRESHOLD);
    assert.equal(prediction.label, null);
    assert.ok(prediction.distance > THRESHOLD);
  });
});

describe("training rules", () => {
  const faces = (counts: number[]) => counts.flatMap((n, p) => Array.from({ length: n }, (_, k) => ({ id: `f${p}-${k}`, personId: `p${p}` })));
  test("cvFolds is min(5, the smallest person's faces), 0 when someone has one face", () => {
    assert.equal(cvFolds(faces([3, 3])), 3);
    assert.equal(cvFolds(faces([9, 7, 12])), 5);
    assert.equal(cvFolds(faces([2, 10])), 2);
    assert.equal(cvFolds(faces([1, 10])), 0);
  });
  test("trainingProblem and trainDatabase refuse fewer than two people", async () => {
    assert.equal(trainingProblem(faces([3, 1])), null);
    assert.match(trainingProblem(faces([4])) ?? "", /at least two people/);
    await assert.rejects(trainDatabase(demoFaces.slice(0, 3)), /at least two people/);
  });
  test("isStale: any face added or removed since training", () => {
    const model = { faceIds: ["a", "b"] };
    assert.equal(isStale(model, [{ id: "b" }, { id: "a" }]), false);
    assert.equal(isStale(model, [{ id: "a" }]), true);
    assert.equal(isStale(model, [{ id: "a" }, { id: "c" }]), true);
  });
  test("without cross-validation when someone has a single face", async () => {
    const model = await trainDatabase([...demoFaces.slice(0, 3), demoFaces[3]]);
    assert.equal(model.crossValidation, null);
    assert.equal(model.training.perPerson.George_W_Bush.total, 1);
  });
});
