import assert from "node:assert/strict";
import { test } from "node:test";
import { decodeF32, encodeF32, parseTsv, rowToTsv, TSV_HEADER, type EmbeddingRow } from "../src/lfw/embeddingTable.js";
import { pairDistance, pairDistances } from "../src/lfw/pairDistances.js";

test("embeddings.f32 round-trips N×D float32 rows", () => {
  const bytes = encodeF32(
    [
      [1, 2, 3],
      [4, 5, 6],
    ],
    3,
  );
  assert.equal(bytes.byteLength, 24);
  const { data, dim } = decodeF32(bytes, 2);
  assert.equal(dim, 3);
  assert.deepEqual(Array.from(data), [1, 2, 3, 4, 5, 6]);
  assert.throws(() => encodeF32([[1, 2]], 3), /expected 3/);
  assert.throws(() => decodeF32(new Uint8Array(10), 2), /do not hold/);
});

test("embeddings.tsv round-trips rows and rejects malformed ones", () => {
  const row: EmbeddingRow = { path: "A/A_0001.jpg", score: 0.99, box: [1, 2, 30.5, 40], source: "mtcnn" };
  const rows = parseTsv([TSV_HEADER, rowToTsv(row), "B/B_0001.jpg\t0\t0\t0\t250\t250\tcenter-crop"].join("\n"));
  assert.deepEqual(rows[0], row);
  assert.equal(rows[1].source, "center-crop");
  assert.throws(() => parseTsv(`${TSV_HEADER}\nA\tx\t1\t2\t3\t4\tmtcnn`), /line 2/);
  assert.throws(() => parseTsv("wrong header"), /header/);
});

test("pairDistance: squared distance of unit vectors, or angle over π", () => {
  const a = Float32Array.from([2, 0]);
  const b = Float32Array.from([0, 5]);
  assert.ok(Math.abs(pairDistance(a, b, "euclidean") - 2) < 1e-6); // orthogonal unit vectors: ‖u − v‖² = 2
  assert.ok(Math.abs(pairDistance(a, b, "cosine") - 0.5) < 1e-6); // 90° / 180°
  assert.ok(Math.abs(pairDistance(a, Float32Array.from([-1, 0]), "euclidean") - 4) < 1e-6);
});

test("pairDistances looks rows up by path and names missing images", () => {
  const data = Float32Array.from([1, 0, 0, 1, 1, 0]);
  const rowOf = new Map([
    ["a", 0],
    ["b", 1],
    ["c", 2],
  ]);
  const { dist, same } = pairDistances(
    [
      { a: "a", b: "c", same: true },
      { a: "a", b: "b", same: false },
    ],
    rowOf,
    data,
    2,
    "euclidean",
  );
  assert.deepEqual(
    Array.from(dist).map((d) => Math.round(d * 1e6) / 1e6),
    [0, 2],
  );
  assert.deepEqual(same, [true, false]);
  assert.throws(() => pairDistances([{ a: "a", b: "zzz", same: true }], rowOf, data, 2, "cosine"), /zzz/);
});
