// The database page's predict step: the chosen photo with every face labelled by the trained
// classifier, a one-line summary and the per-face table — or what to do first.
import type { EmbeddedFace } from "facelab";
import type { Photo } from "./photoPicker.js";
import { msg } from "./i18n.js";
import { faceLabel, predictFaces, predictionCanvas, predictionTable, type Classifier } from "./predictFaces.js";

export interface PredictionViewOptions {
  photo: Photo | null;
  /** The photo's faces, unit embeddings. */
  faces: EmbeddedFace[];
  classifier: Classifier | null;
  /** "Unknown" above this distance from every person's centroid. */
  threshold: number;
  people: { id: string; name: string }[];
  width: number;
}

const muted = (text: string, id?: string) => Object.assign(document.createElement("p"), { className: "muted", textContent: text, ...(id ? { id } : {}) });

/** The labelled photo and its table. */
export function predictionView({ photo, faces, classifier, threshold, people, width }: PredictionViewOptions): HTMLElement {
  if (!photo) return muted(msg.database.choosePhoto);
  if (!classifier) return muted(msg.database.trainFirst, "predict-summary");
  const predictions = predictFaces(faces, classifier, threshold, new Map(people.map((p) => [p.id, p.name])));
  const root = document.createElement("div");
  const summary = Object.assign(document.createElement("p"), { id: "predict-summary" });
  summary.textContent = msg.database.predictSummary(faces.length, photo.name, predictions.map(faceLabel).join(msg.database.listSeparator));
  root.append(summary, predictionCanvas(photo.bitmap, predictions, Math.min(width, 720)));
  if (predictions.length) root.append(predictionTable(predictions, threshold));
  return root;
}
