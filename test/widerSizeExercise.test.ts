import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { lowestRecall } from "../docs/components/srn/lowestRecall.js";
import { widerSizeExercise } from "../docs/components/srn/widerSizeExercise.js";
import { ROOT } from "../harness/paths.js";

const b = (label: string, recalled: number, faces: number) => ({ label, faces, recalled, recall: faces ? recalled / faces : null });

test("lowestRecall: the bucket with the smallest recall, the first of equals, skipping empty buckets", () => {
  assert.equal(lowestRecall([b("a", 5, 10), b("b", 1, 10), b("c", 9, 10)])?.label, "b");
  assert.equal(lowestRecall([b("a", 1, 10), b("b", 2, 20)])?.label, "a");
  assert.equal(lowestRecall([b("empty", 0, 0), b("a", 3, 10)])?.label, "a");
  assert.equal(lowestRecall([b("empty", 0, 0)]), undefined);
  assert.equal(lowestRecall([]), undefined);
});

test("widerSizeExercise: one choice per bucket, and the answer is the bucket with the lowest recall", () => {
  const card = widerSizeExercise([b("< 16 px", 2, 10), b("16–32 px", 6, 10), b("≥ 64 px", 9, 10)]);
  assert.deepEqual(card.choices, ["< 16 px", "16–32 px", "≥ 64 px"]);
  const a = card.check();
  assert.equal(a.choice, "< 16 px");
  assert.match(String(a.explain), /20\.0 %.*2.*10.*90\.0 %/);
});

test("widerSizeExercise on the committed MTCNN record: faces under 16 px are found least often", () => {
  const record = JSON.parse(readFileSync(path.join(ROOT, "data/wider/mtcnn-eval.json"), "utf8"));
  const run = record.runs.find((r: { settings: { minFace: number } }) => r.settings.minFace === 20);
  assert.equal(widerSizeExercise(run.breakdowns.size).check().choice, "< 16 px");
});
