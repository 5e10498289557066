/**
 * Detect → align → embed for one photo: MTCNN finds the faces, the embedder cuts each the crop it
 * was trained on (dlib: a 5-point similarity warp onto its mean face), and all crops go through the
 * network in one batch. Used by the CLI (`facelab embed`) and the pages.
 */
import type { Face, Pixels } from "../core/types.js";
import type { Embedder, Embedding } from "../embed/embedder.js";
import { embedWithFlip } from "../embed/embedWithFlip.js";
import type { Mtcnn } from "../mtcnn/detector.js";
import type { MtcnnOptions } from "../mtcnn/options.js";
import { largestFace } from "./largestFace.js";

/** A detected face with its aligned crop and its embedding. */
export interface EmbeddedFace extends Face {
  /** The `inputSize`×`inputSize` crop the embedder saw. */
  crop: Pixels;
  embedding: Embedding;
}

export interface EmbedFacesOptions {
  /** Only the face with the largest box (none if no face is found). Default false: all faces, best first. */
  largestOnly?: boolean;
  /** Average each face's embedding with its mirror image's (test-time augmentation; the LFW artifacts use it). */
  flip?: boolean;
  /** Detector options (defaults: the MTCNN reference values). */
  detector?: MtcnnOptions;
}

/** The faces of `pixels` with their embeddings. */
export async function embedFaces(mtcnn: Mtcnn, embedder: Embedder, pixels: Pixels, options: EmbedFacesOptions = {}): Promise<EmbeddedFace[]> {
  const found = await mtcnn.detect(pixels, options.detector);
  const main = largestFace(found);
  const faces = options.largestOnly ? (main < 0 ? [] : [found[main]]) : found;
  const crops = faces.map((face) => embedder.align(pixels, face));
  const embeddings = await embedWithFlip(embedder, crops, options.flip ?? false);
  return faces.map((face, i) => ({ ...face, crop: crops[i], embedding: embeddings[i] }));
}
