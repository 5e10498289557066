/**
 * The classifier saved with a face database: the SVM and the centroid matcher of src/classifier
 * trained on the enrolled faces (labels are person ids, so renaming a person needs no retraining),
 * with the training report and the ids of the faces it saw, so a page can tell when it is stale.
 */
import { checkCentroidJson, type CentroidModelJson } from "../classifier/centroids.js";
import { checkSvmJson, type SvmModelJson } from "../classifier/svmModelJson.js";
import { fail, objectAt } from "./fields.js";

/** Correctly named faces of one person, of `total`. */
export interface PersonScore {
  correct: number;
  total: number;
}

export interface TrainedModel {
  kind: "facelab-classifier";
  /** ISO 8601 training time. */
  trainedAt: string;
  /** The faces it was trained on, sorted. */
  faceIds: string[];
  svm: SvmModelJson;
  centroids: CentroidModelJson;
  /** The SVM on its own training faces, per person id. */
  training: { accuracy: number; perPerson: Record<string, PersonScore> };
  /** k-fold cross-validation, or null when someone has a single face. */
  crossValidation: { folds: number; accuracy: number; perPerson: Record<string, PersonScore> } | null;
}

/** Throws a FaceDbError at `path` unless `json` is a trained model this version can load. */
export function checkTrainedModel(json: unknown, path = "model"): TrainedModel {
  const m = objectAt(json, path);
  if (m.kind !== "facelab-classifier") fail(path, 'not a facelab classifier (its "kind" is not "facelab-classifier")', "not-classifier");
  if (!Array.isArray(m.faceIds) || !m.faceIds.every((id) => typeof id === "string")) fail(`${path}.faceIds`, "expected a list of face ids", "face-ids");
  try {
    checkSvmJson(m.svm);
    checkCentroidJson(m.centroids);
  } catch (err) {
    fail(path, (err as Error).message, "model-invalid", { detail: (err as Error).message });
  }
  objectAt(m.training, `${path}.training`);
  return m as unknown as TrainedModel;
}

/** Training refused: `code` says why, for a page to say it in its reader's language. */
export class FaceDbTrainingError extends Error {
  override name = "FaceDbTrainingError";
  constructor(
    message: string,
    readonly code: "too-few-people",
  ) {
    super(message);
  }
}

/** Why faces cannot be trained on yet, or null. */
export function trainingProblem(faces: readonly { personId: string }[]): string | null {
  return new Set(faces.map((f) => f.personId)).size < 2 ? "Enroll at least two people with a face each to train a classifier." : null;
}

/** Cross-validation folds: min(5, the smallest person's face count), or 0 when someone has one face. */
export function cvFolds(faces: readonly { personId: string }[]): number {
  const counts = new Map<string, number>();
  faces.forEach((f) => counts.set(f.personId, (counts.get(f.personId) ?? 0) + 1));
  const smallest = Math.min(...counts.values());
  return smallest >= 2 ? Math.min(5, smallest) : 0;
}

/** True when `faces` are not the faces `model` was trained on. */
export function isStale(model: Pick<TrainedModel, "faceIds">, faces: readonly { id: string }[]): boolean {
  const now = faces.map((f) => f.id).sort();
  return now.length !== model.faceIds.length || now.some((id, i) => id !== model.faceIds[i]);
}
