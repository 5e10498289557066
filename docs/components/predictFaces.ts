// classifier.py's CLASSIFY mode on one photo: every face gets the SVM's most probable person and
// probability, and the centroid matcher's distance to the nearest person's mean embedding; a face
// farther than the threshold from every person is "unknown" (an SVM always names someone). Drawn on
// the photo and listed in a table — names always as text.
import type { Box, EmbeddedFace } from "facelab";
import { drawBox, photoCanvas } from "./draw.js";
import { pixelsCanvas } from "./pixelsCanvas.js";
import { msg } from "./i18n.js";

const t = msg.database;

export interface Classifier {
  svm: { predict(e: Float32Array): { label: string; probability: number } };
  centroids: { predict(e: Float32Array, threshold: number): { label: string | null; distance: number; nearest: string } };
}

export interface Prediction {
  box: Box;
  face: EmbeddedFace;
  /** The person's name, or null for unknown. */
  name: string | null;
  svmName: string;
  probability: number;
  nearestName: string;
  distance: number;
}

/** Labels each face (unit embeddings); `names` maps person ids to names. */
export function predictFaces(faces: EmbeddedFace[], classifier: Classifier, threshold: number, names: Map<string, string>): Prediction[] {
  const nameOf = (id: string) => names.get(id) ?? t.removedPerson;
  return faces.map((face) => {
    const svm = classifier.svm.predict(face.embedding);
    const near = classifier.centroids.predict(face.embedding, threshold);
    return {
      box: face.box,
      face,
      name: near.label === null ? null : nameOf(svm.label),
      svmName: nameOf(svm.label),
      probability: svm.probability,
      nearestName: nameOf(near.nearest),
      distance: near.distance,
    };
  });
}

/** The label drawn above a face. */
export const faceLabel = (p: Prediction) => (p.name === null ? t.unknown : `${p.name} ${(100 * p.probability).toFixed(0)} %`);

/** The photo with every face boxed and labelled (the drawn labels also in `data-labels`). */
export function predictionCanvas(bitmap: ImageBitmap, predictions: Prediction[], width: number): HTMLCanvasElement {
  const view = photoCanvas(bitmap, width);
  for (const p of predictions) drawBox(view, p.box, { color: p.name === null ? "#8e8e93" : "#4269d0", lineWidth: 3, label: faceLabel(p) });
  view.canvas.dataset.labels = JSON.stringify(predictions.map(faceLabel));
  view.canvas.setAttribute("role", "img");
  view.canvas.setAttribute("aria-label", predictions.length ? predictions.map(faceLabel).join(t.listSeparator) : t.noFaceLabel);
  return view.canvas;
}

/** One row per face: crop, the SVM's answer, the nearest centroid, the verdict. */
export function predictionTable(predictions: Prediction[], threshold: number): HTMLTableElement {
  const table = Object.assign(document.createElement("table"), { className: "predict-table" });
  const head = table.insertRow();
  for (const h of [t.faceHeader, t.svmHeader, t.nearestHeader, t.verdictHeader]) head.append(Object.assign(document.createElement("th"), { textContent: h }));
  for (const p of predictions) {
    const tr = table.insertRow();
    tr.insertCell().append(pixelsCanvas(p.face.crop, 48));
    tr.insertCell().textContent = `${p.svmName} (${(100 * p.probability).toFixed(1)} %)`;
    tr.insertCell().textContent = `${p.nearestName} (${p.distance.toFixed(3)}${p.distance > threshold ? " > " : " ≤ "}${threshold.toFixed(2)})`;
    const verdict = tr.insertCell();
    verdict.textContent = p.name ?? t.unknown;
    verdict.className = p.name === null ? "unknown" : "";
  }
  return table;
}
