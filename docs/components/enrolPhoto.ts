// Enrolling one photo into the face database: find, align and embed its faces, store one of them
// (the only face, or the largest of several), and report what happened as a log entry. A photo with
// no face is flagged and nothing is stored; with several faces the entry lets the user pick another.
import { facesToSource, largestFace, type Box, type EmbeddedFace } from "facelab";
import { facePicker } from "./facePicker.js";
import { photoDataUrl, thumbDataUrl } from "./faceThumb.js";
import type { Photo } from "./photoPicker.js";
import { facedbMessage } from "./database/facedbMessage.js";
import { msg } from "./i18n.js";

/** What the page needs from docs/components/faceStore.js. */
export interface EnrolStore {
  addFace(personId: string, face: { embedding: Float32Array; thumb: string; box: Box; source: string; photo?: string }): Promise<{ id: string }>;
  removeFace(id: string): Promise<void>;
}

export interface EnrolOptions {
  /** Keep the full photo with the face (the user opted in). */
  keepPhoto?: boolean;
}

function entry(kind: "ok" | "flag" | "error", text: string): HTMLElement {
  const li = Object.assign(document.createElement("li"), { className: `enrol-${kind}`, textContent: text });
  return li;
}

/** Stores `faces[index]` for the person; resolves to the stored face's id. */
async function store(db: EnrolStore, personId: string, photo: Photo, face: EmbeddedFace, box: Box, keepPhoto: boolean): Promise<string> {
  const photoUrl = keepPhoto ? photoDataUrl(photo.bitmap) : undefined;
  const added = await db.addFace(personId, { embedding: face.embedding, thumb: thumbDataUrl(face.crop), box, source: photo.name, photo: photoUrl });
  return added.id;
}

/**
 * Enrols the faces of `photo` (already embedded: unit embeddings, as the LFW artifacts) as `personId`.
 * Returns a log entry element describing the outcome.
 */
export async function enrolPhoto(
  db: EnrolStore,
  personId: string,
  photo: Photo,
  faces: EmbeddedFace[],
  { keepPhoto = false }: EnrolOptions = {},
): Promise<HTMLElement> {
  if (faces.length === 0) return entry("flag", msg.database.noFace(photo.name));
  const main = largestFace(faces);
  // boxes are stored in the photo's own pixels, whatever size it was detected at; worked out now,
  // while the bitmap is open (the page closes it once this returns, before another face may be chosen)
  const boxes = facesToSource(faces, photo.bitmap, photo.original).map((f) => f.box);
  let storedId = await store(db, personId, photo, faces[main], boxes[main], keepPhoto);
  if (faces.length === 1) return entry("ok", msg.database.faceAdded(photo.name));
  const li = entry("flag", msg.database.manyFaces(photo.name, faces.length));
  const picker = facePicker(faces, photo.name, main);
  let pending = Promise.resolve();
  picker.addEventListener("input", () => {
    const chosen = picker.value;
    pending = pending
      .then(async () => {
        await db.removeFace(storedId);
        storedId = await store(db, personId, photo, faces[chosen], boxes[chosen], keepPhoto);
      })
      .catch((err) => {
        li.append(entry("error", facedbMessage(err)));
      });
  });
  li.append(picker);
  return li;
}

/** A log entry for a file that could not be read. */
export function enrolError(message: string): HTMLElement {
  return entry("error", message);
}
