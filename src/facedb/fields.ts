/**
 * Field checks for an imported face database. Each returns the value typed, or throws a FaceDbError
 * naming the field (`faces[3].embedding[17]`) and what is wrong with it, so the page can tell the
 * user exactly why a file was refused.
 */
import type { Box } from "../core/types.js";

/**
 * What is wrong with a face database file or field, as a code with its values, so a page can say it in
 * its reader's language (the English `message` is the CLI's and the tests').
 */
export type FaceDbProblemCode =
  | "object"
  | "list"
  | "too-many"
  | "text"
  | "too-long"
  | "name-empty"
  | "name-too-long"
  | "name-control"
  | "id-chars"
  | "not-date"
  | "embedding-length"
  | "not-finite"
  | "box"
  | "image-url"
  | "unknown-person"
  | "duplicate-id"
  | "model-too-large"
  | "file-too-large"
  | "not-json"
  | "not-object"
  | "wrong-format"
  | "wrong-version"
  | "not-classifier"
  | "face-ids"
  | "model-invalid";

/** A problem: where (`path`, "" for the whole file), which, and its values (counts, limits, ids). */
export interface FaceDbProblem {
  path: string;
  code: FaceDbProblemCode;
  values: Record<string, string | number>;
}

/** A rejected import: `message` is meant for the user (English); `problem` is the same as a code. */
export class FaceDbError extends Error {
  override name = "FaceDbError";
  constructor(
    message: string,
    readonly problem: FaceDbProblem,
  ) {
    super(message);
  }
}

/** Throws a FaceDbError `path: problem`, carrying `code` and `values` for translation. */
export function fail(path: string, problem: string, code: FaceDbProblemCode, values: Record<string, string | number> = {}): never {
  throw new FaceDbError(path ? `${path}: ${problem}` : problem.charAt(0).toUpperCase() + problem.slice(1), { path, code, values });
}

export function objectAt(v: unknown, path: string): Record<string, unknown> {
  if (typeof v !== "object" || v === null || Array.isArray(v)) fail(path, "expected an object", "object");
  return v as Record<string, unknown>;
}

export function arrayAt(v: unknown, path: string, max: number): unknown[] {
  if (!Array.isArray(v)) fail(path, "expected a list", "list");
  if (v.length > max) fail(path, `${v.length} entries, more than the limit of ${max}`, "too-many", { count: v.length, max });
  return v;
}

export function stringAt(v: unknown, path: string, maxLength: number): string {
  if (typeof v !== "string") fail(path, "expected text", "text");
  if (v.length > maxLength) fail(path, `${v.length} characters, more than the limit of ${maxLength}`, "too-long", { count: v.length, max: maxLength });
  return v;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's job
const CONTROL = /[\u0000-\u001f\u007f]/;

/** A person's name: trimmed, not empty, no control characters, at most `maxLength` characters. */
export function nameAt(v: unknown, path: string, maxLength: number): string {
  const name = stringAt(v, path, Infinity).trim();
  if (!name) fail(path, "the name is empty", "name-empty");
  if (name.length > maxLength)
    fail(path, `the name has ${name.length} characters, more than the limit of ${maxLength}`, "name-too-long", { count: name.length, max: maxLength });
  if (CONTROL.test(name)) fail(path, "the name contains control characters", "name-control");
  return name;
}

const ID = /^[A-Za-z0-9_-]+$/;

export function idAt(v: unknown, path: string, maxLength: number): string {
  const id = stringAt(v, path, maxLength);
  if (!ID.test(id)) fail(path, "an id may only contain letters, digits, '-' and '_'", "id-chars");
  return id;
}

/** An ISO 8601 time. */
export function timeAt(v: unknown, path: string): string {
  const t = stringAt(v, path, 40);
  if (!Number.isFinite(Date.parse(t))) fail(path, `not a date: ${JSON.stringify(t)}`, "not-date", { value: JSON.stringify(t) });
  return t;
}

/** Exactly `length` finite numbers, as a Float32Array. */
export function embeddingAt(v: unknown, path: string, length: number): Float32Array {
  const xs = arrayAt(v, path, Infinity);
  if (xs.length !== length) fail(path, `expected ${length} numbers, got ${xs.length}`, "embedding-length", { expected: length, count: xs.length });
  xs.forEach((x, i) => {
    if (typeof x !== "number" || !Number.isFinite(x)) fail(`${path}[${i}]`, "not a finite number", "not-finite");
  });
  return Float32Array.from(xs as number[]);
}

export function boxAt(v: unknown, path: string): Box {
  const xs = arrayAt(v, path, Infinity);
  if (xs.length !== 4 || !xs.every((x) => typeof x === "number" && Number.isFinite(x))) fail(path, "expected a box of 4 finite numbers", "box");
  return xs as Box;
}

const IMAGE_DATA_URL = /^data:image\/(jpeg|png);base64,[A-Za-z0-9+/]+={0,2}$/;

/** A base64 JPEG or PNG data URL of at most `maxChars` characters (no other scheme, no SVG). */
export function imageUrlAt(v: unknown, path: string, maxChars: number): string {
  const url = stringAt(v, path, maxChars);
  if (!IMAGE_DATA_URL.test(url)) fail(path, "expected a data:image/jpeg or data:image/png base64 URL", "image-url");
  return url;
}
