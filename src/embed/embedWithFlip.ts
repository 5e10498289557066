/**
 * Embeddings with optional test-time flip augmentation: each face is embedded as it is and mirrored,
 * and the two vectors averaged (facenet's `--use_flipped_images` concatenates them instead, giving a
 * vector twice as long; both compare image and mirror with image and mirror). On LFW it moves facelab's accuracy from 98.88 % to 99.08 % (data/lfw/ablations.json).
 */
import type { Pixels } from "../core/types.js";
import { mirror } from "../align/mirror.js";
import type { Embedder, Embedding } from "./embedder.js";

/** Embeddings of `faces`, each averaged with its mirror image's when `flip` is set (one batch either way). */
export async function embedWithFlip(embedder: Embedder, faces: readonly Pixels[], flip: boolean): Promise<Embedding[]> {
  if (!flip) return embedder.embed(faces);
  const all = await embedder.embed([...faces, ...faces.map(mirror)]);
  return faces.map((_, i) => all[i].map((v, k) => (v + all[faces.length + i][k]) / 2));
}
