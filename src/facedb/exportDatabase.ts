/**
 * The database as a versioned JSON file (the inverse of parseDatabase). Full photos are left out
 * unless the user opts in: an export is meant to be shared or backed up, and a thumbnail plus an
 * embedding is all training and prediction need.
 */
import { FACEDB_FORMAT, FACEDB_VERSION, type FaceDatabase, type FaceRecord } from "./schema.js";

export interface ExportOptions {
  /** Include each face's full photo when it has one. Default false. */
  includePhotos?: boolean;
  /** Export time (ISO 8601); default now. */
  exported?: string;
}

function faceJson(face: FaceRecord, includePhotos: boolean) {
  const { photo, embedding, ...rest } = face;
  return { ...rest, embedding: Array.from(embedding), ...(includePhotos && photo ? { photo } : {}) };
}

/** The file's text: `{format, version, exported, people, faces, model}`. */
export function exportDatabase(db: FaceDatabase, { includePhotos = false, exported = new Date().toISOString() }: ExportOptions = {}): string {
  return JSON.stringify({
    format: FACEDB_FORMAT,
    version: FACEDB_VERSION,
    exported,
    people: db.people,
    faces: db.faces.map((f) => faceJson(f, includePhotos)),
    model: db.model,
  });
}

/** A file name for an export made at `date`: `facelab-faces-2026-11-28.json`. */
export function exportFileName(date = new Date()): string {
  return `facelab-faces-${date.toISOString().slice(0, 10)}.json`;
}
