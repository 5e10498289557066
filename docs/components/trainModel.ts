// Training on the face database, as classifier.py's TRAIN mode: a linear SVM with probabilities on
// the enrolled embeddings, plus the centroid matcher that can say "unknown". Reports each person's
// training accuracy and, when every person has at least two faces, k-fold cross-validation with
// k = min(5, smallest class) so every fold holds out a face of everyone. The result is plain JSON,
// saved with the database.
import { crossValidate, trainCentroids, trainSvm, type LabelledEmbedding } from "facelab";

export interface StoredFace { id: string; personId: string; embedding: Float32Array }
export interface PersonScore { correct: number; total: number }

export interface TrainedModel {
  kind: "facelab-classifier";
  trainedAt: string;
  /** The faces it was trained on, to tell when the database has changed since. */
  faceIds: string[];
  svm: unknown;
  centroids: unknown;
  training: { accuracy: number; perPerson: Record<string, PersonScore> };
  crossValidation: { folds: number; accuracy: number; perPerson: Record<string, PersonScore> } | null;
}

/** Why the database cannot be trained yet, or null. */
export function trainingProblem(faces: StoredFace[]): string | null {
  const people = new Set(faces.map((f) => f.personId));
  return people.size < 2 ? "Enroll at least two people with a face each to train a classifier." : null;
}

/** Folds for cross-validation: min(5, the smallest person's face count), or 0 when someone has one face. */
export function cvFolds(faces: StoredFace[]): number {
  const counts = new Map<string, number>();
  faces.forEach((f) => counts.set(f.personId, (counts.get(f.personId) ?? 0) + 1));
  const smallest = Math.min(...counts.values());
  return smallest >= 2 ? Math.min(5, smallest) : 0;
}

/** True when the database's faces are not the ones `model` was trained on. */
export function isStale(model: Pick<TrainedModel, "faceIds">, faces: { id: string }[]): boolean {
  const now = faces.map((f) => f.id).sort();
  return now.length !== model.faceIds.length || now.some((id, i) => id !== model.faceIds[i]);
}

/** Trains the SVM (cost `cost`) and the centroid matcher; `say` reports progress. */
export async function trainModel(faces: StoredFace[], { cost = 10, say = (_: string) => {} } = {}): Promise<TrainedModel> {
  const samples: LabelledEmbedding[] = faces.map((f) => ({ label: f.personId, embedding: f.embedding }));
  say(`Training the SVM on ${samples.length} faces…`);
  const train = (s: LabelledEmbedding[]) => trainSvm(s, { cost });
  const svm = await train(samples);
  try {
    const perPerson: Record<string, PersonScore> = {};
    let correct = 0;
    for (const s of samples) {
      const score = (perPerson[s.label] ??= { correct: 0, total: 0 });
      const hit = svm.predict(s.embedding).label === s.label;
      score.total++;
      score.correct += hit ? 1 : 0;
      correct += hit ? 1 : 0;
    }
    const folds = cvFolds(faces);
    say(folds ? `Cross-validating (${folds} folds)…` : "");
    const cv = folds ? await crossValidate(samples, folds, train, 42) : null;
    return {
      kind: "facelab-classifier",
      trainedAt: new Date().toISOString(),
      faceIds: faces.map((f) => f.id).sort(),
      svm: svm.toJSON(),
      centroids: trainCentroids(samples).toJSON(),
      training: { accuracy: correct / samples.length, perPerson },
      crossValidation: cv ? { folds, accuracy: cv.accuracy, perPerson: cv.perLabel } : null,
    };
  } finally {
    svm.dispose();
  }
}

const percent = (s: PersonScore | undefined) => (s && s.total ? `${((100 * s.correct) / s.total).toFixed(0)} % (${s.correct}/${s.total})` : "—");

/** Per-person training and cross-validation accuracy; names as text. */
export function modelTable(model: TrainedModel, people: { id: string; name: string }[]): HTMLTableElement {
  const table = Object.assign(document.createElement("table"), { className: "train-table" });
  const row = (cells: string[], tag = "td") => {
    const tr = table.insertRow();
    cells.forEach((text) => tr.append(Object.assign(document.createElement(tag), { textContent: text })));
    return tr;
  };
  row(["Person", "Training accuracy", model.crossValidation ? `Cross-validation (${model.crossValidation.folds} folds)` : "Cross-validation"], "th");
  const name = (id: string) => people.find((p) => p.id === id)?.name ?? "(removed since)";
  for (const id of Object.keys(model.training.perPerson)) row([name(id), percent(model.training.perPerson[id]), percent(model.crossValidation?.perPerson[id])]);
  const all = (a: number) => `${(100 * a).toFixed(1)} %`;
  row(["All", all(model.training.accuracy), model.crossValidation ? all(model.crossValidation.accuracy) : "needs ≥ 2 faces per person"]).className = "total";
  return table;
}
