// matchedDistance: the precomputed distance for the faces the reader sees live, each live face
// matched to the recorded face of its photo with the nearest box centre.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Box, Landmarks5 } from "../src/core/types.js";
import { matchedDistance } from "../docs/components/compare/matchedDistance.js";
import type { UnitFace } from "../docs/components/compare/facesOf.js";

const landmarks: Landmarks5 = [
  [0, 0],
  [1, 0],
  [0.5, 0.5],
  [0, 1],
  [1, 1],
];
const face = (box: Box, unit: number[]): UnitFace => {
  const u = Float32Array.from(unit);
  return { box, score: 1, landmarks, crop: { width: 1, height: 1, channels: 3, data: new Uint8Array(3) }, embedding: u, unit: u };
};

test("each live face takes the recorded face of its photo nearest its box, whatever the order", () => {
  const recordedB = [face([0, 0, 10, 10], [1, 0]), face([100, 0, 110, 10], [0, 1])];
  const a = face([0, 0, 10, 10], [0, 1]);
  const liveB = face([100.4, 0.2, 110.3, 10.1], [0.6, 0.8]); // the second recorded face, slightly moved
  assert.equal(matchedDistance([face([0.3, 0, 10, 10], [0, 1])], recordedB, a, liveB), 0);
  assert.equal(matchedDistance([face([0, 0, 10, 10], [1, 0])], recordedB, a, liveB), Math.SQRT2);
});

test("no record for a photo (a photo of the reader's own): null", () => {
  const f = face([0, 0, 10, 10], [1, 0]);
  assert.equal(matchedDistance(null, [f], f, f), null);
  assert.equal(matchedDistance([f], null, f, f), null);
});
