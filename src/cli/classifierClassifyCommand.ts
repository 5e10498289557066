/**
 * `facelab classifier classify <dataset_dir> <model.json>`: classifier.py's CLASSIFY mode. Embeds the
 * (test side of the) dataset, names each face with the SVM (most probable person) and the centroid
 * matcher (nearest person, or unknown), and prints the accuracy against the folder names.
 */
import { loadCentroids, type CentroidPrediction } from "../classifier/centroids.js";
import { loadSvm } from "../classifier/svm.js";
import { parseClassifierArgs, selectPeople } from "./classifierArgs.js";
import { readClassifierFile } from "./classifierModel.js";
import { CLASSIFIER_CLASSIFY_HELP } from "./classifierUsage.js";
import { embedPeople, type EmbeddedPhoto } from "./embedPeople.js";

const NAME = "facelab classifier classify";

interface ClassifiedImage {
  path: string;
  truth: string | null;
  svm: { label: string; probability: number; decision: string };
  centroid: CentroidPrediction;
}

interface ClassifyAccuracy {
  /** Images whose folder names a person of the model. */
  count: number;
  svm: number;
  /** SVM by its one-vs-one decision (scikit-learn's predict) instead of the most probable person. */
  svmDecision: number;
  /** Centroid matcher with the threshold (unknown counts as wrong). */
  centroid: number;
  /** Centroid matcher without the threshold (nearest person). */
  centroidNearest: number;
}

/** Accuracy over the images whose truth is a person of the model (null when there are none). */
function classifyAccuracy(images: readonly ClassifiedImage[], labels: readonly string[]): ClassifyAccuracy | null {
  const known = images.filter((i) => i.truth !== null && labels.includes(i.truth));
  if (known.length === 0) return null;
  const share = (ok: (i: ClassifiedImage) => boolean) => known.filter(ok).length / known.length;
  return {
    count: known.length,
    svm: share((i) => i.svm.label === i.truth),
    svmDecision: share((i) => i.svm.decision === i.truth),
    centroid: share((i) => i.centroid.label === i.truth),
    centroidNearest: share((i) => i.centroid.nearest === i.truth),
  };
}

export async function classifierClassifyCommand(argv: string[]): Promise<number> {
  const args = parseClassifierArgs(argv, "classify");
  if (args === null) return (process.stdout.write(CLASSIFIER_CLASSIFY_HELP), 0);
  const model = readClassifierFile(args.model);
  const people = selectPeople(args, "test");
  const threshold = args.threshold ?? model.threshold;
  const { photos, skipped } = await embedPeople(args.dataset, people, { ...args, name: NAME });
  const svm = await loadSvm(model.svm);
  const centroids = loadCentroids(model.centroids);
  let images: ClassifiedImage[];
  try {
    images = photos.map((p: EmbeddedPhoto) => {
      const { label, probability, decision } = svm.predict(p.embedding);
      return {
        path: p.path,
        truth: p.label === "" ? null : p.label,
        svm: { label, probability, decision },
        centroid: centroids.predict(p.embedding, threshold),
      };
    });
  } finally {
    svm.dispose();
  }
  const accuracy = classifyAccuracy(images, svm.labels);
  if (args.json) {
    process.stdout.write(JSON.stringify({ model: args.model, dataset: args.dataset, threshold, images, skipped, accuracy }) + "\n");
  } else {
    process.stdout.write(report(images, accuracy, threshold));
  }
  return skipped.some((s) => s.reason !== "no face found") ? 1 : 0;
}

/** classifier.py's lines (`index  name: probability`) with the centroid's answer and a ✓/✗ when the truth is known. */
function report(images: readonly ClassifiedImage[], accuracy: ClassifyAccuracy | null, threshold: number): string {
  const width = String(images.length).length;
  const rows = images.map((im, i) => {
    const mark = im.truth === null ? "" : im.svm.label === im.truth ? " ✓" : " ✗";
    const centroid = im.centroid.label ?? `unknown (nearest ${im.centroid.nearest})`;
    return `${String(i).padStart(width)}  ${im.path}  ${im.svm.label}: ${im.svm.probability.toFixed(3)}${mark}  · centroid ${centroid}, ${im.centroid.distance.toFixed(3)}`;
  });
  const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
  const tail =
    accuracy === null
      ? "No accuracy: no folder names a person of the model."
      : `Accuracy on ${accuracy.count} photos: SVM ${pct(accuracy.svm)}; centroid ${pct(accuracy.centroidNearest)} ` +
        `(${pct(accuracy.centroid)} with unknown beyond ${threshold})`;
  return [...rows, tail].join("\n") + "\n";
}
