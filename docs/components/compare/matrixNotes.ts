// Under the distance matrix: the files that could not be used, and the photos without a face.
import { msg } from "../i18n.js";

/** The notes (an empty fragment when there is nothing to say). */
export function matrixNotes(refused: readonly string[], photos: number, faces: number): DocumentFragment {
  const out = document.createDocumentFragment();
  if (refused.length)
    out.append(Object.assign(document.createElement("p"), { className: "error", id: "matrix-refused", textContent: msg.compare.leftOut(refused.join("; ")) }));
  if (photos - faces) out.append(Object.assign(document.createElement("p"), { className: "muted", textContent: msg.compare.noFaceLeftOut(photos - faces) }));
  return out;
}
