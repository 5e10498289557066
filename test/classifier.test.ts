import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { seededRandom } from "../src/core/random.js";
import { trainSvm, loadSvm, checkSvmJson } from "../src/classifier/svm.js";
import { trainCentroids, loadCentroids } from "../src/classifier/centroids.js";
import { crossValidate, stratifiedFolds } from "../src/classifier/crossValidate.js";
import type { LabelledEmbedding } from "../src/classifier/samples.js";
import { splitDataset } from "../src/classifier/splitDataset.js";
import { unitVector } from "../src/math/vector.js";

const DIM = 128;

/** `people` clusters of `per` unit vectors around seeded random unit centres; `spread` is the noise scale. */
function clusters(people: number, per: number, spread: number, seed = 7): { samples: LabelledEmbedding[]; centres: Float32Array[] } {
  const random = seededRandom(seed);
  const gauss = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const centres = Array.from({ length: people }, () => unitVector(Float32Array.from({ length: DIM }, gauss)));
  const samples = centres.flatMap((c, p) =>
    Array.from({ length: per }, () => ({
      label: `person ${p}`,
      embedding: unitVector(c.map((x) => x + (spread / Math.sqrt(DIM)) * gauss())),
    })),
  );
  return { samples, centres };
}

describe("trainSvm (linear C-SVC with probabilities, libsvm)", () => {
  const { samples, centres } = clusters(4, 8, 0.8);

  test("names every training face of four separable people correctly", async () => {
    const svm = await trainSvm(samples);
    try {
      assert.deepEqual(svm.labels, ["person 0", "person 1", "person 2", "person 3"]);
      const wrong = samples.filter((s) => svm.predict(s.embedding).label !== s.label);
      assert.equal(wrong.length, 0);
    } finally {
      svm.dispose();
    }
  });

  test("probabilities cover every person, sum to 1, and the label is the most probable", async () => {
    const svm = await trainSvm(samples);
    try {
      for (const c of centres) {
        const p = svm.predict(c);
        assert.deepEqual(Object.keys(p.probabilities).sort(), svm.labels);
        const total = Object.values(p.probabilities).reduce((a, b) => a + b, 0);
        assert.ok(Math.abs(total - 1) < 1e-9, `sum ${total}`);
        assert.equal(p.probability, Math.max(...Object.values(p.probabilities)));
        assert.equal(p.probabilities[p.label], p.probability);
        assert.ok(p.probability > 0.5, `a cluster centre is confidently its person (${p.probability})`);
      }
    } finally {
      svm.dispose();
    }
  });

  test("the one-vs-one decision names the training faces and does not change between trainings", async () => {
    const a = await trainSvm(samples);
    const b = await trainSvm(samples);
    try {
      for (const s of samples) assert.equal(a.predict(s.embedding).decision, s.label);
      for (const s of clusters(4, 5, 2.5, 31).samples) assert.equal(a.predict(s.embedding).decision, b.predict(s.embedding).decision);
    } finally {
      a.dispose();
      b.dispose();
    }
  });

  test("a model saved as JSON text and loaded again predicts exactly the same", async () => {
    const svm = await trainSvm(samples);
    const loaded = await loadSvm(JSON.parse(JSON.stringify(svm.toJSON())));
    try {
      for (const s of [...samples, ...clusters(4, 3, 1.5, 99).samples]) assert.deepEqual(loaded.predict(s.embedding), svm.predict(s.embedding));
    } finally {
      svm.dispose();
      loaded.dispose();
    }
  });

  test("clear errors: one person, mixed dimensions, wrong dimension, disposed model, not a model", async () => {
    await assert.rejects(trainSvm(samples.slice(0, 8)), /at least two people; only "person 0"/);
    await assert.rejects(trainSvm([samples[0], { label: "x", embedding: new Float32Array(3) }]), /Sample 1 \(x\) has 3 numbers/);
    await assert.rejects(trainSvm([]), /No training samples/);
    await assert.rejects(trainSvm(samples, { cost: 0 }), /cost must be > 0/);
    const svm = await trainSvm(samples);
    assert.throws(() => svm.predict(new Float32Array(5)), /has 5 numbers; the model was trained on 128/);
    svm.dispose();
    assert.throws(() => svm.predict(centres[0]), /disposed/);
    assert.throws(() => checkSvmJson({ format: "facelab-centroids" }), /Not a facelab SVM model/);
    await assert.rejects(loadSvm({ ...svm.toJSON(), labels: ["a", "b"] }), /2 labels but the libsvm model has 4 classes/);
  });
});

describe("trainCentroids (nearest unit-length mean, threshold for unknown)", () => {
  const { samples, centres } = clusters(3, 6, 0.6);

  test("a centroid is the unit-length mean of its person's embeddings", () => {
    const model = trainCentroids([
      { label: "a", embedding: Float32Array.of(1, 0) },
      { label: "a", embedding: Float32Array.of(0, 1) },
    ]);
    const [c] = model.toJSON().centroids;
    assert.ok(Math.abs(c[0] - Math.SQRT1_2) < 1e-12 && Math.abs(c[1] - Math.SQRT1_2) < 1e-12);
    assert.deepEqual(model.toJSON().counts, [2]);
  });

  test("names training faces and cluster centres within the threshold", () => {
    const model = trainCentroids(samples);
    for (const s of samples) assert.equal(model.predict(s.embedding, 0.6).label, s.label);
    centres.forEach((c, i) => assert.equal(model.predict(c, 0.6).label, `person ${i}`));
  });

  test("a face farther than the threshold from every centroid is unknown, with its nearest person kept", () => {
    const model = trainCentroids(samples);
    const stranger = clusters(1, 1, 0, 1234).centres[0]; // another random direction: ≈ √2 from every centroid
    const p = model.predict(stranger, 0.6);
    assert.equal(p.label, null);
    assert.ok(p.distance > 1.2 && p.distance < 1.6, `distance ${p.distance}`);
    assert.ok(model.labels.includes(p.nearest));
    assert.equal(model.predict(stranger, 2).label, p.nearest);
  });

  test("a face is compared by its direction: scaling its embedding changes nothing", () => {
    const model = trainCentroids(samples);
    for (const s of samples) {
      const [a, b] = [
        model.predict(
          s.embedding.map((x) => 1.4 * x),
          0.4,
        ),
        model.predict(s.embedding, 0.4),
      ];
      assert.deepEqual([a.label, a.nearest], [b.label, b.nearest]);
      assert.ok(Math.abs(a.distance - b.distance) < 1e-6, `${a.distance} vs ${b.distance}`);
    }
  });

  test("JSON round trip gives the same predictions; a bad model is refused", () => {
    const model = trainCentroids(samples);
    const loaded = loadCentroids(JSON.parse(JSON.stringify(model.toJSON())));
    for (const s of samples) assert.deepEqual(loaded.predict(s.embedding, 0.4), model.predict(s.embedding, 0.4));
    assert.throws(() => loadCentroids({ ...model.toJSON(), centroids: [[1, 2]] }), /must be non-empty lists of one length/);
  });
});

describe("crossValidate", () => {
  const { samples } = clusters(3, 10, 0.8);
  // A lopsided set: 6 of "a", 3 of "b", 1 of "c".
  const lopsided = ["a", "a", "a", "a", "a", "a", "b", "b", "b", "c"].map((label, i) => ({ label, embedding: Float32Array.of(i) }));

  test("stratified folds deal each person evenly and repeat with the seed", () => {
    const folds = stratifiedFolds(samples, 5);
    for (const label of ["person 0", "person 1", "person 2"]) {
      const counts = [0, 0, 0, 0, 0];
      samples.forEach((s, i) => s.label === label && counts[folds[i]]++);
      assert.deepEqual(counts, [2, 2, 2, 2, 2]);
    }
    assert.deepEqual(stratifiedFolds(samples, 5), folds);
    assert.notDeepEqual(stratifiedFolds(samples, 5, 2), folds);
  });

  test("a predictor that always says the majority scores its share, per person", async () => {
    const r = await crossValidate(lopsided, 3, async () => ({ predict: () => ({ label: "a" }) }));
    assert.equal(r.accuracy, 0.6);
    assert.deepEqual(r.perLabel, { a: { correct: 6, total: 6 }, b: { correct: 0, total: 3 }, c: { correct: 0, total: 1 } });
  });

  test("held-out folds never reach training, and each model is disposed", async () => {
    let disposed = 0;
    const r = await crossValidate(lopsided, 5, async (train) => {
      const seen = new Set(train.map((s) => s.embedding[0]));
      return { predict: (e: Float32Array) => ({ label: seen.has(e[0]) ? "leak" : null }), dispose: () => disposed++ };
    });
    assert.equal(r.accuracy, 0);
    assert.equal(disposed, 5);
  });

  test("the SVM and the centroid matcher are perfect on separable clusters", async () => {
    const svm = await crossValidate(samples, 5, (train) => trainSvm(train));
    assert.equal(svm.accuracy, 1);
    const centroid = await crossValidate(samples, 5, async (train) => {
      const m = trainCentroids(train);
      return { predict: (e: Float32Array) => m.predict(e, 1) };
    });
    assert.equal(centroid.accuracy, 1);
    assert.equal(
      Object.values(centroid.perLabel).reduce((n, p) => n + p.total, 0),
      samples.length,
    );
  });

  test("folds out of range are refused", async () => {
    await assert.rejects(
      crossValidate(lopsided, 1, async () => ({ predict: () => ({ label: null }) })),
      /2 ≤ folds ≤ 10/,
    );
  });
});

describe("splitDataset (classifier.py --use_split_dataset)", () => {
  const people = [
    { label: "many", files: Array.from({ length: 25 }, (_, i) => `many/${i}.jpg`) },
    { label: "few", files: ["few/0.jpg", "few/1.jpg"] },
    { label: "enough", files: Array.from({ length: 20 }, (_, i) => `enough/${i}.jpg`) },
  ];

  test("drops people under minImages, trains on trainImages each and tests on the rest, disjointly", () => {
    const { train, test: held } = splitDataset(people, { minImages: 20, trainImages: 10 });
    assert.deepEqual(
      train.map((p) => [p.label, p.files.length]),
      [
        ["many", 10],
        ["enough", 10],
      ],
    );
    assert.deepEqual(
      held.map((p) => [p.label, p.files.length]),
      [
        ["many", 15],
        ["enough", 10],
      ],
    );
    train.forEach((p, k) => {
      assert.equal(p.files.filter((f) => held[k].files.includes(f)).length, 0);
      assert.deepEqual(
        [...p.files, ...held[k].files].sort(),
        people
          .find((q) => q.label === p.label)!
          .files.slice()
          .sort(),
      );
    });
  });

  test("the same seed gives the same split (train and classify agree), another seed another", () => {
    const a = splitDataset(people, { minImages: 20, trainImages: 10 });
    assert.deepEqual(splitDataset(people, { minImages: 20, trainImages: 10, seed: 666 }), a);
    assert.notDeepEqual(splitDataset(people, { minImages: 20, trainImages: 10, seed: 1 }), a);
    assert.throws(() => splitDataset(people, { minImages: 0, trainImages: 1 }), /minImages must be a whole number/);
  });
});
