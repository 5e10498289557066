/**
 * The face database a visitor builds on the database page, and the versioned file it is exported to.
 * In memory (and in IndexedDB) embeddings are Float32Arrays; in the file they are plain number
 * arrays, so the file stays readable JSON and a float32 survives the round trip exactly (every float32
 * is a double, and JSON prints doubles losslessly).
 */
import type { Box } from "../core/types.js";
import type { TrainedModel } from "./trainedModel.js";

/** The `format` field every export carries, so an unrelated JSON file is recognised as such. */
export const FACEDB_FORMAT = "facelab-face-database";
/** The current file version. Files of another version are rejected with a message saying so. */
export const FACEDB_VERSION = 1;

/**
 * Limits an imported file must respect. An import holds the whole file in memory and writes every
 * record, so each limit bounds the work a hostile or broken file can cause.
 */
export const FACEDB_LIMITS = {
  /** Whole file, in bytes (UTF-8): room for ~2,000 faces with thumbnails, or a few dozen photos. */
  maxBytes: 64 * 1024 * 1024,
  maxPeople: 1000,
  maxFaces: 20_000,
  /** Characters in a person's name. */
  maxNameLength: 100,
  /** Characters in an id or a source file name. */
  maxIdLength: 64,
  maxSourceLength: 255,
  /** The embedding length: dlib's ResNet, the network the pages use. */
  embeddingLength: 128,
  /** Characters of a thumbnail data URL (a 64-px JPEG is ~3,000). */
  maxThumbChars: 64 * 1024,
  /** Characters of an opted-in full photo data URL (a kept photo is stored at most 1,600 px a side; face boxes stay in the photo's own pixels). */
  maxPhotoChars: 4 * 1024 * 1024,
  /** Characters of the trained model's JSON. */
  maxModelChars: 16 * 1024 * 1024,
} as const;

/** One enrolled person. `name` is free text: always render it as text, never as HTML. */
export interface Person {
  id: string;
  name: string;
  /** ISO 8601 creation time. */
  created: string;
}

/** One enrolled face: its embedding, a small thumbnail, where it came from. */
export interface FaceRecord {
  id: string;
  personId: string;
  /** 128 finite numbers, L2-unit (as the LFW artifacts). */
  embedding: Float32Array;
  /** A small `data:image/jpeg;base64,…` (or png) of the aligned face. */
  thumb: string;
  /** The face's box in the source photo. */
  box: Box;
  /** The source photo's file name (or "webcam"). */
  source: string;
  /** ISO 8601 time it was added. */
  added: string;
  /** The full photo as a data URL, only when the user opted in to keep photos. */
  photo?: string;
}

export interface FaceDatabase {
  people: Person[];
  faces: FaceRecord[];
  /** The last trained model, or null. */
  model: TrainedModel | null;
}

/** The database with nobody in it. */
export function emptyDatabase(): FaceDatabase {
  return { people: [], faces: [], model: null };
}
