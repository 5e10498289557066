import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { seededRandom, sampleWithoutReplacement } from "../src/core/random.js";
import { activeTripletFraction, selectTriplets, squaredDistanceMatrix } from "../src/facenet/selectTriplets.js";
import { sampleIdentityBatch } from "../src/facenet/identityBatch.js";
import { bestThresholdAccuracy } from "../src/metrics/bestThreshold.js";

// Two identities on a line: A at 0 and 0.3, B at 0.5, 0.65 and 2 (as in triplet.test.ts).
const points = [0, 0.3, 0.5, 0.65, 2];
const labels = ["A", "A", "B", "B", "B"];
const dist = squaredDistanceMatrix(points, points.length);

describe("squaredDistanceMatrix", () => {
  test("is symmetric with a zero diagonal and squared distances off it", () => {
    assert.ok(Math.abs(dist[0 * 5 + 1] - 0.09) < 1e-12);
    assert.equal(dist[1 * 5 + 0], dist[0 * 5 + 1]);
    assert.equal(dist[2 * 5 + 2], 0);
    assert.deepEqual(Array.from(squaredDistanceMatrix([0, 0, 3, 4], 2)), [0, 25, 25, 0]);
  });
});

describe("selectTriplets", () => {
  test("draws negatives only among those with ‖a−n‖² − ‖a−p‖² < α", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const triplets = selectTriplets(dist, labels, seededRandom(seed));
      // pair 0-1 (d² 0.09): negatives 2 (0.25) qualifies, 3 (0.4225) and 4 (4) do not
      assert.deepEqual(
        triplets.find((t) => t.anchor === 0),
        { anchor: 0, positive: 1, negative: 2 },
      );
      // pair 2-3 (d² 0.0225): negatives 0 (0.25) is outside, 1 (0.04) inside
      assert.deepEqual(triplets.find((t) => t.anchor === 2 && t.positive === 3)?.negative, 1);
      // pair 3-4 (d² 1.8225): both negatives qualify (hard ones are kept, as facenet's active line does)
      assert.ok([0, 1].includes(triplets.find((t) => t.anchor === 3)!.negative));
    }
  });

  test("skips pairs with no violating negative", () => {
    const far = squaredDistanceMatrix([0, 0.1, 5, 5.1], 4);
    assert.deepEqual(selectTriplets(far, [0, 0, 1, 1], seededRandom(1)), []);
  });

  test("the draw is seeded and chooses among all candidates", () => {
    const wide = squaredDistanceMatrix([0, 1, 0.5, 0.6, 0.7, 0.8], 6);
    const l = [0, 0, 1, 2, 3, 4];
    const draw = (seed: number) => selectTriplets(wide, l, seededRandom(seed))[0].negative;
    assert.equal(draw(7), draw(7));
    assert.deepEqual(new Set(Array.from({ length: 50 }, (_, s) => draw(s))), new Set([2, 3, 4, 5]));
  });

  test("rejects a matrix of the wrong size", () => {
    assert.throws(() => selectTriplets([0, 1, 1], ["A", "B"], seededRandom(1)), /3 distances for 2 labels/);
  });
});

describe("activeTripletFraction", () => {
  test("counts triplets with a positive loss among all of the batch", () => {
    // triplets: 0-1 × {2,3,4}: active 2 only; 2-3 × {0,1}: active 1; 2-4, 3-4 × {0,1}: all hard → 1 + 1 + 2 + 2 = 6 of 9
    assert.equal(activeTripletFraction(dist, labels), 6 / 9);
    assert.equal(activeTripletFraction(squaredDistanceMatrix([0, 0.1, 5, 5.1], 4), [0, 0, 1, 1]), 0);
  });
});

describe("sampleIdentityBatch", () => {
  const groups = [[0, 1, 2], [3], [4, 5], [6, 7, 8, 9], [10, 11]];

  test("takes distinct people with enough items, perPerson distinct items each, labelled by group", () => {
    const { items, labels } = sampleIdentityBatch(groups, 3, 2, seededRandom(3));
    assert.equal(items.length, 6);
    assert.equal(new Set(items).size, 6);
    assert.equal(new Set(labels).size, 3);
    items.forEach((item, i) => assert.ok(groups[labels[i]].includes(item)));
    assert.ok(!labels.includes(1), "a person with one image cannot be in a pair batch");
  });

  test("is deterministic for a seed and fails clearly when too few people qualify", () => {
    assert.deepEqual(sampleIdentityBatch(groups, 3, 2, seededRandom(5)), sampleIdentityBatch(groups, 3, 2, seededRandom(5)));
    assert.throws(() => sampleIdentityBatch(groups, 2, 4, seededRandom(1)), /need at least 2 identities with 4 items, have 1/);
  });

  test("sampleWithoutReplacement never repeats and does not mutate its input", () => {
    const xs = [1, 2, 3, 4, 5];
    const s = sampleWithoutReplacement(xs, 5, seededRandom(9));
    assert.deepEqual([...s].sort(), xs);
    assert.deepEqual(xs, [1, 2, 3, 4, 5]);
  });
});

describe("bestThresholdAccuracy", () => {
  test("finds the cut between separable classes", () => {
    const r = bestThresholdAccuracy([0.1, 0.2, 0.8, 0.9], [true, true, false, false]);
    assert.equal(r.accuracy, 1);
    assert.ok(Math.abs(r.threshold - 0.5) < 1e-12);
  });

  test("scores every cut, including all-different, and never splits tied distances", () => {
    assert.equal(bestThresholdAccuracy([0.5, 0.1, 0.9], [false, false, true]).accuracy, 2 / 3);
    assert.equal(bestThresholdAccuracy([0.3, 0.3, 0.3], [true, false, false]).accuracy, 2 / 3);
    assert.equal(bestThresholdAccuracy([0.2, 0.4, 0.6, 0.8], [true, false, true, false]).accuracy, 3 / 4);
  });
});
