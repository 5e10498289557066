import assert from "node:assert/strict";
import { test } from "node:test";
import type { RaceResult } from "../docs/components/performance/benchFigures.js";
import { faceApiCropRaces, facelabWasm, visitorBars } from "../docs/components/performance/visitorDefault.js";

const agreement = { matched: 1, facelabFaces: 1, faceApiFaces: 1, f1: 1 };
const batchingRow = (backend: string, wholeMs: number) => ({
  backend,
  set: "crop",
  chunkedMs: 1,
  wholeMs,
  ratio: 1 / wholeMs,
  agreement,
  whole: {
    runs: [
      [1, 2, 3],
      [1, 2, 3],
    ],
  },
});
const roofline = { backend: "wasm", set: "crop", perPhoto: [100, 300, 200, 400].map((total) => ({ ms: { total } })) };
const race = (backend: string, set: string, faceApiMs: number) => ({ backend, set, photos: 3, faceApi: { medianMs: faceApiMs } }) as RaceResult;

test('facelabWasm takes the wasm whole-batch ablation first: what batching "auto" does on wasm, timed as the races are', () => {
  assert.deepEqual(facelabWasm({ batching: [batchingRow("webgl", 900), batchingRow("wasm", 250)], roofline: [roofline] }), {
    medianMs: 250,
    photos: 3,
    source: "batching",
  });
});

test("facelabWasm falls back to the median of the wasm roofline's per-photo totals, then to null", () => {
  assert.deepEqual(facelabWasm({ batching: [batchingRow("webgl", 900)], roofline: [roofline] }), { medianMs: 250, photos: 4, source: "roofline" });
  assert.equal(facelabWasm({ roofline: [{ ...roofline, backend: "webgl" }] }), null);
  assert.equal(facelabWasm({}), null);
});

test("facelabWasm skips batching rows the benchmark could not run", () => {
  assert.equal(facelabWasm({ batching: [{ ...batchingRow("wasm", 250), unavailable: true }] }), null);
});

test("faceApiCropRaces keeps the crop races, fastest face-api.js first", () => {
  const races = [race("cpu", "crop", 9000), race("webgl", "fullSmall", 100), race("webgl", "crop", 5000)];
  assert.deepEqual(
    faceApiCropRaces(races).map((r) => r.backend),
    ["webgl", "cpu"],
  );
});

test("visitorBars: facelab on wasm, then face-api.js per backend with the fastest named", () => {
  const bars = visitorBars({ medianMs: 250, photos: 3, source: "batching" }, faceApiCropRaces([race("cpu", "crop", 9000), race("webgl", "crop", 5000)]));
  assert.deepEqual(
    bars.map((b) => [b.group, b.value]),
    [
      ["facelab · wasm (default)", 250],
      ["face-api.js · webgl (fastest)", 5000],
      ["face-api.js · cpu", 9000],
    ],
  );
});
