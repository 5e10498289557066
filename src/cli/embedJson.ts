/**
 * The `--json` schema of `facelab embed`: the `detect` schema with each face's embedding added,
 * `{"images": {"<path>": {"width", "height", "faces": [{"box", "score", "landmarks", "embedding"}]}}}`.
 * Embedding values are rounded to 6 decimals (they are float32 of magnitude ≲ 0.5; the rounding moves
 * distances by ~1e-6, far below what separates two people).
 */
import type { EmbeddedFace } from "../pipeline/embedFaces.js";
import { faceJson, type FaceJson } from "./faceJson.js";

export interface EmbeddedFaceJson extends FaceJson {
  embedding: number[];
}

export interface EmbedJson {
  images: Record<string, { width: number; height: number; faces: EmbeddedFaceJson[] }>;
}

/** One face with its embedding in the JSON schema. */
export function embeddedFaceJson(face: EmbeddedFace): EmbeddedFaceJson {
  return { ...faceJson(face), embedding: Array.from(face.embedding, (v) => Number(v.toFixed(6))) };
}
