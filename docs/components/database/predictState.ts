// What the database page's predict step shows right now, in one object the try-this exercises read:
// the chosen photo, its first face's prediction, the threshold and who is enrolled.
import type { EmbeddedFace } from "facelab";
import type { Photo } from "../photoPicker.js";
import { predictFaces, type Classifier, type Prediction } from "../predictFaces.js";
import { msg } from "../i18n.js";

export interface PredictState {
  photo: Photo | null;
  /** The first face's prediction, or null (no photo, no face, or no trained classifier). */
  first: Prediction | null;
  threshold: number;
  /** The enrolled people's names. */
  names: string[];
  /** The LFW person in the photo's file name ("Laura Bush" for Laura_Bush_0001.jpg), or null. */
  lfwPerson: string | null;
}

/** The live state of the predict step. */
export function predictState(
  photo: Photo | null,
  faces: EmbeddedFace[],
  classifier: Classifier | null,
  threshold: number,
  people: { id: string; name: string }[],
): PredictState {
  const names = new Map(people.map((p) => [p.id, p.name]));
  const first = classifier && faces.length ? predictFaces(faces.slice(0, 1), classifier, threshold, names)[0] : null;
  const m = /^(.+)_\d{4}\.jpe?g$/i.exec(photo?.name ?? "");
  return { photo, first, threshold, names: people.map((p) => p.name), lfwPerson: m ? m[1].replace(/_/g, " ") : null };
}

/** Why an exercise cannot be answered yet, or null when the state has a prediction for a stranger. */
export function strangerMissing(s: PredictState): string | null {
  if (s.names.length < 2) return msg.database.needDemo;
  if (!s.first) return msg.database.needPrediction;
  if (s.lfwPerson === null || s.names.includes(s.lfwPerson)) return msg.database.needStranger(s.photo?.name ?? null);
  return null;
}
