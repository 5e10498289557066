/**
 * `facelab classifier train <dataset_dir> <model.json>`: classifier.py's TRAIN mode. Embeds the
 * (training side of the) dataset, trains the SVM and the centroid matcher, writes both to one JSON
 * file atomically and prints who was learnt from how many photos, with the training accuracy.
 */
import { trainCentroids } from "../classifier/centroids.js";
import { trainSvm } from "../classifier/svm.js";
import { DLIB_UNIT_THRESHOLD } from "../embed/dlibEmbedder.js";
import { parseClassifierArgs, selectPeople } from "./classifierArgs.js";
import type { ClassifierFile } from "./classifierModel.js";
import { CLASSIFIER_TRAIN_HELP } from "./classifierUsage.js";
import { embedPeople } from "./embedPeople.js";
import { UsageError } from "./usage.js";
import { writeAtomic } from "../node/writeAtomic.js";

const NAME = "facelab classifier train";

export async function classifierTrainCommand(argv: string[]): Promise<number> {
  const args = parseClassifierArgs(argv, "train");
  if (args === null) return (process.stdout.write(CLASSIFIER_TRAIN_HELP), 0);
  const people = selectPeople(args, "train").filter((p) => p.label !== "");
  if (people.length < 2) {
    const who = args.split
      ? `${people.length === 1 ? "person" : "people"} with ≥ ${args.split.minImages} photos`
      : `person folder${people.length === 1 ? "" : "s"}`;
    throw new UsageError(`${args.dataset}: ${people.length} ${who}; training needs at least two`);
  }
  const { photos, skipped } = await embedPeople(args.dataset, people, { ...args, name: NAME });
  const svm = await trainSvm(photos);
  try {
    const centroids = trainCentroids(photos);
    const trainCounts: Record<string, number> = Object.fromEntries(svm.labels.map((l) => [l, photos.filter((p) => p.label === l).length]));
    const file: ClassifierFile = {
      format: "facelab-classifier",
      version: 2,
      embedder: { name: "dlib-resnet-128", align: "mtcnn + dlib chip", flip: args.flip },
      split: args.split,
      trainCounts,
      threshold: DLIB_UNIT_THRESHOLD,
      svm: svm.toJSON(),
      centroids: centroids.toJSON(),
      created: new Date().toISOString(),
    };
    await writeAtomic(args.model, new TextEncoder().encode(JSON.stringify(file) + "\n"));
    const predictions = photos.map((p) => svm.predict(p.embedding));
    const correct = photos.filter((p, i) => predictions[i].label === p.label).length;
    const voted = photos.filter((p, i) => predictions[i].decision === p.label).length;
    // With very few photos per person, libsvm's probabilities (fitted by cross-validation inside the
    // training set) can disagree with its own decision, so both are shown, as classifier.py's argmax
    // of predict_proba and scikit-learn's predict would.
    process.stdout.write(
      `Trained on ${photos.length} photos of ${svm.labels.length} people (${skipped.length} left out); ` +
        `training accuracy ${(correct / photos.length).toFixed(3)} (most probable person), ${(voted / photos.length).toFixed(3)} (SVM vote)\n` +
        `Saved classifier model to "${args.model}"\n`,
    );
  } finally {
    svm.dispose();
  }
  return skipped.some((s) => s.reason !== "no face found") ? 1 : 0;
}
