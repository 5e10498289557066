import assert from "node:assert/strict";
import { test } from "node:test";
import { matrixAnswer } from "../docs/components/compare/matrixAnswer.js";

const face = (name: string, t: number) => ({
  name,
  crop: { width: 0, height: 0, channels: 3 as const, data: new Uint8ClampedArray() },
  unit: new Float32Array([Math.cos(t), Math.sin(t)]),
});

test("matrixAnswer counts the pairs of different photos under the threshold and names the closest", () => {
  // Distances between unit vectors t apart: 2 sin(t / 2). 0.2 rad → 0.2, 1 rad → 0.96.
  const faces = [face("a", 0), face("b", 0.2), face("c", 1.2), face("d", 2.4)];
  const answer = matrixAnswer(faces, 0.4);
  assert.equal(answer.choice, "1–2");
  assert.match(String(answer.explain), /^1 of the 6 pairs are under 0\.400\. The closest pair is a – b at 0\.200\./);
  assert.equal(matrixAnswer([face("a", 0), face("b", 2)], 0.4).choice, "none");
  assert.throws(() => matrixAnswer([face("a", 0)], 0.4), /needs two faces/);
});
