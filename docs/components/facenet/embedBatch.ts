// The FaceNet page's mini-batch: each LFW photo decoded, its largest face found by MTCNN, aligned and
// embedded, one photo at a time with a line in the busy indicator and a progress bar; the embeddings are
// scaled to unit length so the triplet arithmetic applies unchanged.
import { embedFaces, unitVector, type DlibEmbedder, type Mtcnn, type Pixels } from "facelab";
import { pixelsFrom } from "facelab/browser";
import { msg } from "../i18n.js";

export interface BatchFace {
  person: string;
  crop: Pixels;
  embedding: Float32Array;
}

/** The faces of `photos` (those where a face was found), in order. */
export async function embedBatch(
  { mtcnn, embedder }: { mtcnn: Mtcnn; embedder: DlibEmbedder },
  photos: readonly { name: string; person: string; url: string }[],
  busy: HTMLElement,
  progress: HTMLProgressElement,
): Promise<BatchFace[]> {
  const out: BatchFace[] = [];
  for (const [i, photo] of photos.entries()) {
    busy.textContent = msg.facenet.embedding(photo.name, i + 1, photos.length);
    const bitmap = await createImageBitmap(await (await fetch(photo.url)).blob());
    const [face] = await embedFaces(mtcnn, embedder, pixelsFrom(bitmap), { largestOnly: true });
    bitmap.close();
    if (face) out.push({ person: photo.person, crop: face.crop, embedding: unitVector(face.embedding) });
    progress.value = i + 1;
  }
  busy.textContent = "";
  return out;
}
