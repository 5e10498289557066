/**
 * Summarises one `facelab classifier` run on LFW (facenet's classifier.py experiment) into the record
 * the database page shows (data/classifier/lfw-min<N>.json): counts, accuracies, per-person tallies,
 * every SVM mistake, the commands, the date and the wall time. Reads the model that `train` wrote and
 * the `classify --json` output; writes JSON to stdout only, logs nothing, exits non-zero on failure.
 *
 *   node --import tsx scripts/classifierSummary.ts <model.json> <classify.json> <minImages> <trainImages> <wallSeconds> <date>
 */
import { readFileSync } from "node:fs";

interface Classified {
  path: string;
  truth: string | null;
  svm: { label: string; probability: number; decision: string };
  centroid: { label: string | null; nearest: string; distance: number };
}

const [modelFile, classifyFile, min, train, wall, date] = process.argv.slice(2);
if (!date) {
  process.stderr.write("usage: classifierSummary.ts <model.json> <classify.json> <minImages> <trainImages> <wallSeconds> <date>\n");
  process.exit(2);
}
const model = JSON.parse(readFileSync(modelFile, "utf8"));
const run = JSON.parse(readFileSync(classifyFile, "utf8")) as { threshold: number; images: Classified[]; skipped: unknown[] };
const images = run.images.filter((i) => i.truth !== null);
const round = (x: number) => Math.round(x * 1e6) / 1e6;
const count = (ok: (i: Classified) => boolean) => images.filter(ok).length;
const correct = {
  svm: count((i) => i.svm.label === i.truth),
  svmDecision: count((i) => i.svm.decision === i.truth),
  centroidNearest: count((i) => i.centroid.nearest === i.truth),
  centroidWithUnknown: count((i) => i.centroid.label === i.truth),
  of: images.length,
};
const people = model.svm.labels as string[];
const perPerson = Object.fromEntries(
  people.map((p) => {
    const mine = images.filter((i) => i.truth === p);
    const hits = (ok: (i: Classified) => boolean) => mine.filter(ok).length;
    return [p, { train: model.trainCounts[p], test: mine.length, svm: hits((i) => i.svm.label === p), centroid: hits((i) => i.centroid.nearest === p) }];
  }),
);
const flags = `--min-images ${min} --train-images ${train} --workers 2`;
const summary = {
  experiment: `facenet classifier.py on LFW: people with at least ${min} images, ${train} per person train a linear SVM (probability=True), the rest test it`,
  date,
  wallSeconds: Number(wall),
  commands: [
    `facelab classifier train ../shared/lfw/lfw-deepfunneled model.json ${flags}`,
    `facelab classifier classify ../shared/lfw/lfw-deepfunneled model.json ${flags} --json`,
  ],
  pipeline: "MTCNN (facenet main face) → dlib chip 150×150 → dlib ResNet 128-D, no flip; wasm backend, 2 worker threads",
  split: model.split,
  svm: { kernel: "linear", cost: model.svm.options.cost, probability: true, library: "libsvm-js 0.2.1 (asm.js)" },
  threshold: run.threshold,
  thresholdRule: "unknown when the face's unit-length embedding is farther than the threshold from every person's unit-length mean",
  people: people.length,
  trainImages: Object.values(model.trainCounts as Record<string, number>).reduce((a, b) => a + b, 0),
  testImages: images.length,
  skipped: run.skipped.length,
  accuracy: Object.fromEntries(Object.entries(correct).flatMap(([k, v]) => (k === "of" ? [] : [[k, round(v / correct.of)]]))),
  correct,
  /** The largest distance of a test face to its nearest mean face (unit-length embeddings). */
  farthest: round(Math.max(...images.map((i) => i.centroid.distance))),
  notes:
    "svm: the most probable person (classifier.py argmax of predict_proba); svmDecision: the one-vs-one vote (scikit-learn predict). " +
    "libsvm fits the probabilities on random folds it shuffles with an unseedable C rand(), so svm can move between runs; svmDecision and the centroid matcher do not.",
  perPerson,
  svmMistakes: images
    .filter((i) => i.svm.label !== i.truth)
    .map((i) => ({
      path: i.path,
      predicted: i.svm.label,
      probability: round(i.svm.probability),
      decision: i.svm.decision,
      centroid: i.centroid.nearest,
      distance: round(i.centroid.distance),
    })),
};
process.stdout.write(`${JSON.stringify(summary, null, 1)}\n`);
