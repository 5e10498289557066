/**
 * Unit tests for src/facedb: export → parse gives back the same database (embeddings bit-exact),
 * photos only when opted in, and every kind of bad file is refused with a message naming the problem.
 */
import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import sharp from "sharp";
import { seededRandom } from "../src/core/random.js";
import { exportDatabase, exportFileName } from "../src/facedb/exportDatabase.js";
import { checkFace, checkPersonName, parseDatabase, utf8Length } from "../src/facedb/parseDatabase.js";
import { FACEDB_LIMITS, emptyDatabase, type FaceDatabase, type FaceRecord } from "../src/facedb/schema.js";
import { trainDatabase } from "../src/facedb/trainDatabase.js";
import type { TrainedModel } from "../src/facedb/trainedModel.js";
import { unitVector } from "../src/math/vector.js";

const XSS = "<img src=x onerror=alert(1)>";
let thumb = "";
let trained: TrainedModel | null = null;

function randomUnitVector(random: () => number): Float32Array {
  return unitVector(Float32Array.from({ length: 128 }, () => random() - 0.5));
}

/** Two people (one with an HTML-looking name), three faces, a model. */
function sample(): FaceDatabase {
  const random = seededRandom(7);
  const face = (id: string, personId: string, extra: Partial<FaceRecord> = {}): FaceRecord => ({
    id,
    personId,
    embedding: randomUnitVector(random),
    thumb,
    box: [10.5, 20, 110, 140],
    source: `${id}.jpg`,
    added: "2026-11-28T14:00:00.000Z",
    ...extra,
  });
  return {
    people: [
      { id: "p1", name: "Ada Lovelace", created: "2026-11-28T13:00:00.000Z" },
      { id: "p2", name: XSS, created: "2026-11-28T13:01:00.000Z" },
    ],
    faces: [face("f1", "p1"), face("f2", "p1", { photo: thumb }), face("f3", "p2")],
    model: trained,
  };
}

/** The sample's export, parsed back to plain JSON for editing. */
// biome-ignore lint/suspicious/noExplicitAny: the test edits the parsed JSON freely to make it invalid
function exported(): Record<string, any> {
  return JSON.parse(exportDatabase(sample(), { includePhotos: true, exported: "2026-11-28T14:30:00.000Z" }));
}

function rejects(file: unknown, message: RegExp): void {
  const result = parseDatabase(typeof file === "string" ? file : JSON.stringify(file));
  assert.equal(result.ok, false, "the file is refused");
  if (!result.ok) assert.match(result.error, message);
}

before(async () => {
  const jpeg = await sharp({ create: { width: 64, height: 64, channels: 3, background: { r: 200, g: 150, b: 120 } } })
    .jpeg({ quality: 80 })
    .toBuffer();
  thumb = `data:image/jpeg;base64,${jpeg.toString("base64")}`;
  trained = await trainDatabase(sample().faces);
});

describe("exportDatabase → parseDatabase", () => {
  test("the round trip gives back the same people, faces (embeddings bit-exact) and trained model", () => {
    assert.equal(sample().model?.kind, "facelab-classifier");
    const db = sample();
    const result = parseDatabase(exportDatabase(db, { includePhotos: true }));
    assert.ok(result.ok);
    assert.deepEqual(result.database, db);
    result.database.faces.forEach((f, i) => assert.deepEqual(new Uint32Array(f.embedding.buffer), new Uint32Array(db.faces[i].embedding.buffer)));
  });
  test("full photos are left out unless the user opts in", () => {
    const result = parseDatabase(exportDatabase(sample()));
    assert.ok(result.ok);
    assert.equal(result.database.faces.filter((f) => f.photo).length, 0);
    assert.deepEqual(
      result.database.faces.map((f) => f.id),
      ["f1", "f2", "f3"],
    );
  });
  test("a name that looks like HTML survives as the same text", () => {
    const result = parseDatabase(exportDatabase(sample()));
    assert.ok(result.ok);
    assert.equal(result.database.people[1].name, XSS);
  });
  test("an empty database round-trips; the file names its format, version and date", () => {
    const text = exportDatabase(emptyDatabase(), { exported: "2026-11-28T14:30:00.000Z" });
    assert.deepEqual(JSON.parse(text), {
      format: "facelab-face-database",
      version: 1,
      exported: "2026-11-28T14:30:00.000Z",
      people: [],
      faces: [],
      model: null,
    });
    assert.deepEqual(parseDatabase(text), { ok: true, database: emptyDatabase() });
    assert.equal(exportFileName(new Date("2026-11-28T14:30:00Z")), "facelab-faces-2026-11-28.json");
  });
  test("exporting does not change the database", () => {
    const db = sample();
    exportDatabase(db, { includePhotos: false });
    assert.deepEqual(db, sample());
  });
});

describe("parseDatabase refuses bad files with a message", () => {
  test("not JSON, not an object, not our format", () => {
    rejects('{"format": ', /^Not a facelab face database: the file is not valid JSON/);
    rejects("", /not valid JSON/);
    rejects([1, 2], /^Not a facelab face database: expected a JSON object$/);
    rejects({ format: "something-else", version: 1 }, /^Not a facelab face database \(its "format" field/);
  });
  test("another version", () => {
    rejects({ ...exported(), version: 2 }, /^Unsupported version 2: this page reads version 1 files$/);
    rejects({ ...exported(), version: "1" }, /Unsupported version "1"/);
  });
  test("a file over the size limit, before parsing it", () => {
    const big = `{"pad": "${"x".repeat(FACEDB_LIMITS.maxBytes)}"}`;
    rejects(big, /^The file is 64\.0 MB, more than the limit of 64 MB$/);
  });
  test("too many people or faces", () => {
    const e = exported();
    rejects(
      { ...e, people: Array.from({ length: FACEDB_LIMITS.maxPeople + 1 }, (_, i) => ({ ...e.people[0], id: `p${i}` })) },
      /^people: 1001 entries, more than the limit of 1000$/,
    );
    rejects({ ...e, faces: Array.from({ length: FACEDB_LIMITS.maxFaces + 1 }, () => e.faces[0]) }, /^faces: 20001 entries, more than the limit of 20000$/);
  });
  test("an embedding of the wrong length, or with a non-finite number", () => {
    const e = exported();
    e.faces[1].embedding = e.faces[1].embedding.slice(0, 127);
    rejects(e, /^faces\[1\]\.embedding: expected 128 numbers, got 127$/);
    const f = exported();
    f.faces[0].embedding[17] = "0.5";
    rejects(f, /^faces\[0\]\.embedding\[17\]: not a finite number$/);
    const g = JSON.stringify(exported()).replace(/"embedding":\[[^,]+/, '"embedding":[1e999');
    rejects(g, /^faces\[0\]\.embedding\[0\]: not a finite number$/);
  });
  test("a thumbnail that is not a small JPEG/PNG data URL", () => {
    for (const bad of [
      "https://example.com/x.jpg",
      "data:image/svg+xml;base64,PHN2Zz4=",
      "data:text/html;base64,PGI+",
      "javascript:alert(1)",
      "data:image/jpeg;base64,<script>",
    ]) {
      const e = exported();
      e.faces[2].thumb = bad;
      rejects(e, /^faces\[2\]\.thumb: expected a data:image\/jpeg or data:image\/png base64 URL$/);
    }
    const e = exported();
    e.faces[0].thumb = `data:image/jpeg;base64,${"A".repeat(FACEDB_LIMITS.maxThumbChars)}`;
    rejects(e, /^faces\[0\]\.thumb: \d+ characters, more than the limit of 65536$/);
  });
  test("names: too long, empty, control characters, not text", () => {
    const cases: [unknown, RegExp][] = [
      ["x".repeat(101), /^people\[0\]\.name: the name has 101 characters, more than the limit of 100$/],
      ["   ", /^people\[0\]\.name: the name is empty$/],
      ["a\u0000b", /^people\[0\]\.name: the name contains control characters$/],
      [{ toString: "x" }, /^people\[0\]\.name: expected text$/],
    ];
    for (const [name, message] of cases) {
      const e = exported();
      e.people[0].name = name;
      rejects(e, message);
    }
  });
  test("duplicate ids, a face of nobody, a bad id, a bad box, a bad date", () => {
    const dupe = exported();
    dupe.people[1].id = "p1";
    rejects(dupe, /^people\[1\]\.id: the id p1 is used twice$/);
    const orphan = exported();
    orphan.faces[0].personId = "p9";
    rejects(orphan, /^faces\[0\]\.personId: no person has the id p9$/);
    const id = exported();
    id.faces[0].id = "../../x";
    rejects(id, /^faces\[0\]\.id: an id may only contain/);
    const box = exported();
    box.faces[0].box = [1, 2, 3];
    rejects(box, /^faces\[0\]\.box: expected a box of 4 finite numbers$/);
    const date = exported();
    date.people[0].created = "yesterday";
    rejects(date, /^people\[0\]\.created: not a date/);
  });
  test("a model that is not a facelab classifier this version can load", () => {
    rejects({ ...exported(), model: "svm" }, /^model: expected an object$/);
    rejects({ ...exported(), model: { kind: "other" } }, /^model: not a facelab classifier/);
    const e = exported();
    e.model.svm.libsvm = "rm -rf /";
    rejects(e, /^model: SVM model: libsvm must be a c_svc model/);
    const f = exported();
    f.model.centroids.centroids[0] = [1, 2];
    rejects(f, /^model: Centroid model: every centroid must have 128 finite numbers/);
  });
});

describe("checks for the store", () => {
  test("checkPersonName trims and refuses what an import refuses", () => {
    assert.equal(checkPersonName("  Grace Hopper "), "Grace Hopper");
    assert.equal(checkPersonName(XSS), XSS);
    assert.throws(() => checkPersonName(""), /^FaceDbError: The name is empty$/);
  });
  test("checkFace accepts a pipeline face and refuses one of an unknown person", () => {
    const f = sample().faces[0];
    assert.deepEqual(checkFace(f, new Set(["p1"])), f);
    assert.throws(() => checkFace(f, new Set(["p2"])), /face\.personId: no person has the id p1/);
    assert.throws(() => checkFace({ ...f, embedding: new Float32Array(127) }, new Set(["p1"])), /face\.embedding: expected 128 numbers, got 127/);
  });
  test("utf8Length counts bytes as UTF-8 encodes them", () => {
    for (const s of ["", "abc", "é", "€", "😀", "a😀é€"]) assert.equal(utf8Length(s), Buffer.byteLength(s));
  });
});
