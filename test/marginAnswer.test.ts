import assert from "node:assert/strict";
import { test } from "node:test";
import { hardLossAnswer } from "../docs/components/facenet/hardLossAnswer.js";
import { marginAnswer } from "../docs/components/facenet/marginAnswer.js";
import type { TripletState } from "../docs/components/tripletExplorer.js";
import { tripletKind } from "facelab";

const state = (dp: number, dn: number, alpha = 0.2): TripletState => ({
  angles: { anchor: 0, positive: 0, negative: 0 },
  alpha,
  dp,
  dn,
  loss: Math.max(0, dp - dn + alpha),
  kind: tripletKind(dp, dn, alpha),
});

test("marginAnswer: an easy triplet turns semi-hard once α passes ‖a−n‖² − ‖a−p‖², never hard", () => {
  const a = marginAnswer(state(0.3, 0.8));
  assert.equal(a.choice, "semi-hard");
  assert.match(String(a.explain), /easy for α < 0\.500/);
  assert.equal(marginAnswer(state(0.1, 1.5)).choice, "it stays easy"); // beyond the slider's α = 1
  assert.equal(marginAnswer(state(0.5, 0.2)).choice, "hard");
});

test("hardLossAnswer: a hard triplet's loss is always more than α; other kinds are named", () => {
  assert.equal(hardLossAnswer(state(0.5, 0.2)).choice, "more than α");
  const semi = hardLossAnswer(state(0.3, 0.4));
  assert.equal(semi.choice, "between 0 and α");
  assert.match(String(semi.explain), /semi-hard right now, not hard/);
  assert.equal(hardLossAnswer(state(0.3, 0.9)).choice, "0");
});
