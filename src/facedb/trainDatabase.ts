/**
 * classifier.py's TRAIN mode on a face database: a linear SVM with probabilities on the enrolled
 * embeddings, plus the centroid matcher that can say "unknown"; each person's training accuracy and,
 * when everyone has two faces or more, stratified k-fold cross-validation (k = min(5, smallest class),
 * seeded) — the number that says how well new photos will be named.
 */
import { trainCentroids } from "../classifier/centroids.js";
import { crossValidate } from "../classifier/crossValidate.js";
import type { LabelledEmbedding } from "../classifier/samples.js";
import { trainSvm, type SvmClassifier } from "../classifier/svm.js";
import { FaceDbTrainingError, cvFolds, trainingProblem, type PersonScore, type TrainedModel } from "./trainedModel.js";

export interface TrainOptions {
  /**
   * The SVM's cost C. Default 10, not scikit-learn's 1: with three unit embeddings a person, C = 1
   * leaves libsvm's Platt probabilities nearly flat and ranks the wrong person first (measured on the
   * database page's demo, ten runs each: 0 of 12 training faces named at C = 1, 12 of 12 at C = 10).
   */
  cost?: number;
  /** Seed of the cross-validation folds. */
  seed?: number;
  /** Progress messages: English text, and the same step as data for pages in other languages. */
  say?: (text: string, step: TrainStep) => void;
}

/** A training step: the SVM on `faces` faces, cross-validation with `folds` folds, or finished. */
export type TrainStep = { step: "svm"; faces: number } | { step: "cv"; folds: number } | { step: "done" };

function trainingScores(svm: SvmClassifier, samples: LabelledEmbedding[]): TrainedModel["training"] {
  const perPerson: Record<string, PersonScore> = {};
  let correct = 0;
  for (const s of samples) {
    const score = (perPerson[s.label] ??= { correct: 0, total: 0 });
    const hit = svm.predict(s.embedding).label === s.label ? 1 : 0;
    score.total++;
    score.correct += hit;
    correct += hit;
  }
  return { accuracy: correct / samples.length, perPerson };
}

/** Trains on `faces` (labels: person ids); throws with a readable message when it cannot. */
export async function trainDatabase(
  faces: readonly { id: string; personId: string; embedding: Float32Array }[],
  { cost = 10, seed = 42, say = () => {} }: TrainOptions = {},
): Promise<TrainedModel> {
  const problem = trainingProblem(faces);
  if (problem) throw new FaceDbTrainingError(problem, "too-few-people");
  const samples: LabelledEmbedding[] = faces.map((f) => ({ label: f.personId, embedding: f.embedding }));
  const train = (s: LabelledEmbedding[]) => trainSvm(s, { cost });
  say(`Training the SVM on ${samples.length} faces…`, { step: "svm", faces: samples.length });
  const svm = await train(samples);
  try {
    const folds = cvFolds(faces);
    say(folds ? `Cross-validating (${folds} folds)…` : "", folds ? { step: "cv", folds } : { step: "done" });
    const cv = folds ? await crossValidate(samples, folds, train, seed) : null;
    return {
      kind: "facelab-classifier",
      trainedAt: new Date().toISOString(),
      faceIds: faces.map((f) => f.id).sort(),
      svm: svm.toJSON(),
      centroids: trainCentroids(samples).toJSON(),
      training: trainingScores(svm, samples),
      crossValidation: cv ? { folds, accuracy: cv.accuracy, perPerson: cv.perLabel } : null,
    };
  } finally {
    svm.dispose();
  }
}
