// Every face of a photo with a unit-length embedding, made as the LFW embeddings were: MTCNN, the
// dlib chip, and the mirror image's embedding averaged in (flip).
import { embedFaces, type EmbeddedFace } from "facelab";
import { pixelsFrom } from "facelab/browser";
import { unitVector } from "facelab";
import type { RecognitionModels } from "./loadRecognition.js";

/** The faces of `bitmap`, each with its embedding scaled to unit length. */
export async function embedPhoto({ mtcnn, embedder }: Pick<RecognitionModels, "mtcnn" | "embedder">, bitmap: ImageBitmap): Promise<EmbeddedFace[]> {
  const faces = await embedFaces(mtcnn, embedder, pixelsFrom(bitmap), { flip: true });
  return faces.map((f) => ({ ...f, embedding: unitVector(f.embedding) }));
}
