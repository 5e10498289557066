import assert from "node:assert/strict";
import { test } from "node:test";
import { activeShareAnswer } from "../docs/components/facenet/activeShareAnswer.js";

const curve = (ys: number[]) => ys.map((y, i) => ({ x: i + 1, y }));

test("activeShareAnswer compares the first and the last five steps of the live curve", () => {
  const falling = Array.from({ length: 60 }, (_, i) => 0.6 - i * 0.005);
  const answer = activeShareAnswer({ step: 60, loss: [], active: curve(falling), accuracy: [] });
  assert.equal(answer.choice, "lower");
  assert.match(String(answer.explain), /59\.0 % over steps 1–5, 31\.5 % over steps 56–60/);
  assert.equal(activeShareAnswer({ step: 50, loss: [], active: curve(Array(50).fill(0.4)), accuracy: [] }).choice, "about the same");
});

test("activeShareAnswer asks for 50 steps before it answers", () => {
  assert.throws(() => activeShareAnswer({ step: 12, loss: [], active: curve(Array(12).fill(0.5)), accuracy: [] }), /train for 50 steps first: 12 so far/);
});
