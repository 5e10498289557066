import assert from "node:assert/strict";
import { test } from "node:test";
import { miningAnswer } from "../docs/components/facenet/miningAnswer.js";
import { miningShares } from "../docs/components/facenet/miningShares.js";

// Two people on the unit circle: A's two photos 0.3 rad apart, B's photos near A's second one.
const at = (t: number) => [Math.cos(t), Math.sin(t)];
const faces = [
  { person: "A", embedding: at(0) },
  { person: "A", embedding: at(0.3) },
  { person: "B", embedding: at(0.55) },
  { person: "B", embedding: at(1.2) },
];

test("miningShares counts a pair as hard when another person is closer than the positive", () => {
  // A0–A1: ‖a−p‖² = 2 − 2cos 0.3 ≈ 0.089; closest B to A0 at 0.55 rad: 0.295 — not hard.
  // B2–B3: ‖a−p‖² = 2 − 2cos 0.65 ≈ 0.408; A1 is 0.25 rad from B2: 0.062 — hard.
  const m = miningShares(faces, 0.2);
  assert.equal(m.pairs.length, 2);
  assert.equal(m.hard, 0.5);
});

test("miningShares: α widens the semi-hard band but leaves the hard share alone", () => {
  const narrow = miningShares(faces, 0.05),
    wide = miningShares(faces, 1);
  assert.equal(narrow.hard, wide.hard);
  assert.ok(wide.semiHard > narrow.semiHard, `${narrow.semiHard} → ${wide.semiHard}`);
});

test("miningAnswer reads both margins off the same faces and names the unchanged hard share", () => {
  const answer = miningAnswer(faces, 0.2, 0.5);
  assert.equal(answer.choice, "stays the same");
  assert.match(String(answer.explain), /50 % of the 2 anchor–positive pairs have a hard negative at α = 0\.2, 50 % at α = 0\.5/);
  assert.throws(() => miningAnswer([], 0.2, 0.5), /still being embedded/);
});
