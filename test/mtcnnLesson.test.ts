// The MTCNN page's pure helpers: what the pyramid costs P-Net, how many samples hard mining keeps, the
// paper's Table I as quoted, and the once-per-load switch that lets a shared link set rebuilt controls.
import assert from "node:assert/strict";
import { test } from "node:test";
import { keptCount, type Sample } from "../docs/components/hardMining.js";
import { firstTime } from "../docs/components/mtcnn/firstTime.js";
import { PAPER_TABLE_1, paperSeconds } from "../docs/components/mtcnn/paperTable1.js";
import { pyramidCost } from "../docs/components/mtcnn/pyramidCost.js";

test("pyramidCost: the group photo (1200×630) at min face 20 and factor 0.709 has 11 levels", () => {
  const { levels, pixels } = pyramidCost(1200, 630, 20, 0.709);
  assert.equal(levels, 11);
  // The first level (×0.6, 720×378) holds about half of all the pixels: the levels shrink by 0.709² ≈ 1/2.
  assert.ok(Math.abs((720 * 378) / pixels - 0.5) < 0.03, `first level share ${(720 * 378) / pixels}`);
});

test("pyramidCost: doubling the minimum face size quarters P-Net's pixels and drops two levels", () => {
  const a = pyramidCost(1200, 630, 20, 0.709);
  const b = pyramidCost(1200, 630, 40, 0.709);
  assert.equal(a.levels - b.levels, 2);
  assert.ok(Math.abs(b.pixels / a.pixels - 0.25) < 0.01, `ratio ${b.pixels / a.pixels}`);
});

test("pyramidCost: a scale factor closer to 1 gives more levels", () => {
  assert.ok(pyramidCost(1200, 630, 20, 0.8).levels > pyramidCost(1200, 630, 20, 0.709).levels);
});

test("keptCount: the paper's 70 % of a 128-sample batch is 90; never none of a non-empty batch", () => {
  const batch: Sample[] = Array.from({ length: 128 }, (_, i) => ({ label: "negative", p: i / 128, loss: i }));
  assert.equal(keptCount(batch, 0.7), 90);
  assert.equal(keptCount(batch, 1), 128);
  assert.equal(keptCount(batch.slice(0, 1), 0.1), 1);
  assert.equal(keptCount([], 0.7), 0);
});

test("Table I is quoted whole: three groups, each an earlier network and MTCNN's, MTCNN faster in each", () => {
  assert.equal(PAPER_TABLE_1.length, 6);
  for (let g = 0; g < 3; g++) {
    const [theirs, ours] = PAPER_TABLE_1.slice(2 * g, 2 * g + 2);
    assert.equal(theirs.group, ours.group);
    assert.ok(ours.seconds < theirs.seconds && ours.accuracy > theirs.accuracy, ours.network);
  }
  assert.deepEqual(["P-Net", "R-Net", "O-Net"].map(paperSeconds), [0.031, 0.458, 1.347]);
});

test("firstTime is true once per key", () => {
  assert.equal(firstTime("a"), true);
  assert.equal(firstTime("a"), false);
  assert.equal(firstTime("b"), true);
});
