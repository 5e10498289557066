// Who is in the webcam: the face database's trained model when it is up to date (the SVM's most
// probable person and probability, "unknown" beyond the centroid threshold — the database page's
// predict step), else the nearest person's centroid computed from the enrolled faces, else nobody.
import { trainCentroids, type CentroidClassifier, type EmbeddedFace } from "facelab";
import { predictFaces, type Classifier } from "./predictFaces.js";
import { msg } from "./i18n.js";

export interface FaceName {
  /** What to draw: "Ada 93 %", "Ada (0.41)" or "unknown" (in the page's language). */
  text: string;
  known: boolean;
}

export interface Recogniser {
  /** "svm", "centroids" or "none": what names the faces. */
  mode: "svm" | "centroids" | "none";
  name(faces: EmbeddedFace[]): FaceName[];
}

interface Db {
  people: { id: string; name: string }[];
  faces: { personId: string; embedding: Float32Array }[];
}

/** A recogniser for `db`; `classifier` is the loaded trained model, or null when there is none or it is stale. */
export function recogniser(db: Db, classifier: Classifier | null, threshold: number): Recogniser {
  const names = new Map(db.people.map((p) => [p.id, p.name]));
  if (classifier) {
    return {
      mode: "svm",
      name: (faces) =>
        predictFaces(faces, classifier, threshold, names).map((p) =>
          p.name === null ? { text: msg.webcam.unknown, known: false } : { text: `${p.name} ${(100 * p.probability).toFixed(0)} %`, known: true },
        ),
    };
  }
  if (db.faces.length === 0) return { mode: "none", name: (faces) => faces.map(() => ({ text: msg.webcam.unknown, known: false })) };
  const centroids: CentroidClassifier = trainCentroids(db.faces.map((f) => ({ label: f.personId, embedding: f.embedding })));
  return {
    mode: "centroids",
    name: (faces) =>
      faces.map((f) => {
        const p = centroids.predict(f.embedding, threshold);
        return p.label === null ? { text: msg.webcam.unknown, known: false } : { text: `${names.get(p.label) ?? "?"} (${p.distance.toFixed(2)})`, known: true };
      }),
  };
}
