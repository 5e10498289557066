// Every face of a photo for the compare page: found, aligned and embedded with the mirror image
// averaged in (as the LFW embeddings were made), each with its unit-length embedding.
import { msg } from "../i18n.js";
import { embedFaces, unitVector, type DlibEmbedder, type EmbeddedFace, type Mtcnn } from "facelab";
import { pixelsFrom } from "facelab/browser";
import type { Photo } from "../photoPicker.js";

export interface UnitFace extends EmbeddedFace {
  unit: EmbeddedFace["embedding"];
}

/** The faces of `photo` (none without a photo); `busy` says so meanwhile. */
export async function facesOf({ mtcnn, embedder }: { mtcnn: Mtcnn; embedder: DlibEmbedder }, photo: Photo | null, busy: HTMLElement): Promise<UnitFace[]> {
  if (!photo) return [];
  busy.textContent = msg.compare.findingFaces(photo.name);
  const faces = await embedFaces(mtcnn, embedder, pixelsFrom(photo.bitmap), { flip: true });
  busy.textContent = "";
  return faces.map((f) => ({ ...f, unit: unitVector(f.embedding) }));
}
