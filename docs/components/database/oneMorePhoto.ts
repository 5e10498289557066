// Try-this computation: how the SVM's probability for the face on screen changes with one more photo
// per person. Trains two temporary models on the live database — without each person's newest face,
// and with all faces — at the page's cost C, and predicts the face with both.
import { loadSvm, trainDatabase } from "facelab/classifiers";
import type { Answer } from "../tryThis.js";
import { msg } from "../i18n.js";

interface Db {
  people: { id: string; name: string }[];
  faces: { id: string; personId: string; embedding: Float32Array; added: string }[];
}

export interface OneMorePhoto {
  /** Faces per person with one fewer, and with all. */
  fewer: number;
  all: number;
  before: { name: string; probability: number };
  after: { name: string; probability: number };
}

/** Everyone's faces but their newest. */
function withoutNewest(faces: Db["faces"]): Db["faces"] {
  const newest = new Map<string, Db["faces"][number]>();
  for (const f of faces) if (!newest.has(f.personId) || f.added > (newest.get(f.personId) as Db["faces"][number]).added) newest.set(f.personId, f);
  const dropped = new Set([...newest.values()].map((f) => f.id));
  return faces.filter((f) => !dropped.has(f.id));
}

async function guess(faces: Db["faces"], embedding: Float32Array, cost: number, names: Map<string, string>) {
  const model = await trainDatabase(faces, { cost });
  const svm = await loadSvm(model.svm);
  try {
    const { label, probability } = svm.predict(embedding);
    return { name: names.get(label) ?? "?", probability };
  } finally {
    svm.dispose();
  }
}

/** Both guesses, or null when someone has fewer than two faces (one fewer would leave them none). */
export async function oneMorePhoto(db: Db, embedding: Float32Array | null, cost: number): Promise<OneMorePhoto | null> {
  const counts = db.people.map((p) => db.faces.filter((f) => f.personId === p.id).length);
  if (!embedding || counts.length < 2 || Math.min(...counts) < 2) return null;
  const names = new Map(db.people.map((p) => [p.id, p.name]));
  const before = await guess(withoutNewest(db.faces), embedding, cost, names);
  const after = await guess(db.faces, embedding, cost, names);
  return { fewer: Math.min(...counts) - 1, all: Math.min(...counts), before, after };
}

export const MORE_CHOICES = msg.database.moreChoices;

/** The answer from the two guesses. */
export function oneMorePhotoAnswer(r: OneMorePhoto | null, photoName: string | undefined): Answer {
  if (!r) return { explain: msg.database.moreMissing };
  const delta = r.after.probability - r.before.probability;
  const choice = Math.abs(delta) < 0.02 ? MORE_CHOICES[2] : delta > 0 ? MORE_CHOICES[0] : MORE_CHOICES[1];
  const at = (g: OneMorePhoto["before"]) => `${g.name} ${(100 * g.probability).toFixed(1)} %`;
  return { choice, explain: msg.database.moreExplain(photoName ?? null, r.fewer, at(r.before), r.all, at(r.after)) };
}
