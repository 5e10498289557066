// Each photo's largest face, embedded (mirror image averaged in) for the distance matrix, one photo at
// a time with a line in the busy indicator; photos without a face are left out.
import { msg } from "../i18n.js";
import { embedFaces, unitVector, type DlibEmbedder, type Mtcnn, type Pixels } from "facelab";
import { pixelsFrom } from "facelab/browser";
import type { Photo } from "../photoPicker.js";

export interface NamedFace {
  name: string;
  crop: Pixels;
  unit: Float32Array;
}

/** The largest face of each of `photos` that has one. */
export async function largestFaces(
  { mtcnn, embedder }: { mtcnn: Mtcnn; embedder: DlibEmbedder },
  photos: readonly Photo[],
  busy: HTMLElement,
): Promise<NamedFace[]> {
  const out: NamedFace[] = [];
  for (const [i, photo] of photos.entries()) {
    busy.textContent = msg.compare.embedding(photo.name, i + 1, photos.length);
    const [face] = await embedFaces(mtcnn, embedder, pixelsFrom(photo.bitmap), { largestOnly: true, flip: true });
    if (face) out.push({ name: photo.name, crop: face.crop, unit: unitVector(face.embedding) });
  }
  busy.textContent = "";
  return out;
}
