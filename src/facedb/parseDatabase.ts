/**
 * Reads an exported face database, validating everything before anything is used: the size, the
 * format and version, every person and face (ids, names, 128 finite numbers, thumbnail data URLs),
 * that ids are unique and each face's person exists, and the limits in FACEDB_LIMITS. The result is
 * either the whole database or one message naming the first problem; the caller writes only a
 * database that passed, so a bad file never leaves a half-imported store behind.
 */
import { FaceDbError, type FaceDbProblem, arrayAt, boxAt, embeddingAt, fail, idAt, imageUrlAt, nameAt, objectAt, stringAt, timeAt } from "./fields.js";
import { FACEDB_FORMAT, FACEDB_LIMITS, FACEDB_VERSION, type FaceDatabase, type FaceRecord, type Person } from "./schema.js";
import { checkTrainedModel, type TrainedModel } from "./trainedModel.js";

export type ParseResult = { ok: true; database: FaceDatabase } | { ok: false; error: string; problem: FaceDbProblem };

const L = FACEDB_LIMITS;

/** UTF-8 length of `text` without encoding it. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return n;
}

function person(v: unknown, path: string): Person {
  const o = objectAt(v, path);
  return { id: idAt(o.id, `${path}.id`, L.maxIdLength), name: nameAt(o.name, `${path}.name`, L.maxNameLength), created: timeAt(o.created, `${path}.created`) };
}

function face(v: unknown, path: string, people: Set<string>): FaceRecord {
  const o = objectAt(v, path);
  const personId = idAt(o.personId, `${path}.personId`, L.maxIdLength);
  if (!people.has(personId)) fail(`${path}.personId`, `no person has the id ${personId}`, "unknown-person", { id: personId });
  const record: FaceRecord = {
    id: idAt(o.id, `${path}.id`, L.maxIdLength),
    personId,
    embedding: embeddingAt(o.embedding, `${path}.embedding`, L.embeddingLength),
    thumb: imageUrlAt(o.thumb, `${path}.thumb`, L.maxThumbChars),
    box: boxAt(o.box, `${path}.box`),
    source: stringAt(o.source, `${path}.source`, L.maxSourceLength),
    added: timeAt(o.added, `${path}.added`),
  };
  if (o.photo !== undefined) record.photo = imageUrlAt(o.photo, `${path}.photo`, L.maxPhotoChars);
  return record;
}

function unique(ids: string[], path: string): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) fail(`${path}[${i}].id`, `the id ${id} is used twice`, "duplicate-id", { id });
    seen.add(id);
  });
}

function model(v: unknown): TrainedModel | null {
  if (v === null || v === undefined) return null;
  const m = objectAt(v, "model");
  if (JSON.stringify(m).length > L.maxModelChars)
    fail("model", `larger than the limit of ${L.maxModelChars} characters`, "model-too-large", { max: L.maxModelChars });
  return checkTrainedModel(m);
}

function header(text: string): Record<string, unknown> {
  const bytes = utf8Length(text);
  if (bytes > L.maxBytes)
    fail("", `the file is ${(bytes / 2 ** 20).toFixed(1)} MB, more than the limit of ${L.maxBytes / 2 ** 20} MB`, "file-too-large", {
      mb: (bytes / 2 ** 20).toFixed(1),
      max: L.maxBytes / 2 ** 20,
    });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    fail("", `not a facelab face database: the file is not valid JSON (${(err as Error).message})`, "not-json", { detail: (err as Error).message });
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) fail("", "not a facelab face database: expected a JSON object", "not-object");
  const o = json as Record<string, unknown>;
  if (o.format !== FACEDB_FORMAT)
    fail("", `not a facelab face database (its "format" field is not "${FACEDB_FORMAT}")`, "wrong-format", { format: FACEDB_FORMAT });
  if (o.version !== FACEDB_VERSION)
    fail("", `unsupported version ${JSON.stringify(o.version)}: this page reads version ${FACEDB_VERSION} files`, "wrong-version", {
      version: JSON.stringify(o.version) ?? "undefined",
      expected: FACEDB_VERSION,
    });
  return o;
}

function database(o: Record<string, unknown>): FaceDatabase {
  const people = arrayAt(o.people, "people", L.maxPeople).map((p, i) => person(p, `people[${i}]`));
  unique(
    people.map((p) => p.id),
    "people",
  );
  const ids = new Set(people.map((p) => p.id));
  const faces = arrayAt(o.faces, "faces", L.maxFaces).map((f, i) => face(f, `faces[${i}]`, ids));
  unique(
    faces.map((f) => f.id),
    "faces",
  );
  return { people, faces, model: model(o.model) };
}

/** `name` trimmed, or throws a FaceDbError saying why it cannot be a person's name. */
export function checkPersonName(name: unknown): string {
  return nameAt(name, "", L.maxNameLength);
}

/** A copy of `record` after the checks an imported face gets; throws a FaceDbError otherwise. */
export function checkFace(record: FaceRecord, personIds: ReadonlySet<string>): FaceRecord {
  return face({ ...record, embedding: Array.from(record.embedding) }, "face", new Set(personIds));
}

/** The database in `text`, or the reason it cannot be imported. */
export function parseDatabase(text: string): ParseResult {
  try {
    return { ok: true, database: database(header(text)) };
  } catch (err) {
    if (err instanceof FaceDbError) return { ok: false, error: err.message, problem: err.problem };
    throw err;
  }
}
