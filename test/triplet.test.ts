import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import { squaredDistance } from "../src/math/vector.js";
import { tripletKind, tripletLoss, TRIPLET_MARGIN } from "../src/facenet/triplet.js";
import { selectNegatives } from "../src/facenet/selectNegatives.js";

describe("triplet loss", () => {
  test("tripletLoss is ‖a−p‖² − ‖a−n‖² + α, floored at 0", () => {
    // ‖a−p‖² = 0.25, ‖a−n‖² = 0.36 → 0.25 − 0.36 + 0.2 = 0.09
    assert.ok(Math.abs(tripletLoss([0, 0], [0.5, 0], [0, 0.6]) - 0.09) < 1e-12);
    assert.equal(tripletLoss([0, 0], [0.1, 0], [1, 0]), 0);
    assert.equal(TRIPLET_MARGIN, 0.2);
  });

  test("tripletKind: hard when the negative is closer, semi-hard inside the margin, else easy", () => {
    assert.equal(tripletKind(0.5, 0.4), "hard");
    assert.equal(tripletKind(0.5, 0.6), "semi-hard");
    assert.equal(tripletKind(0.5, 0.71), "easy");
    assert.equal(tripletKind(0.5, 0.7, 0.3), "semi-hard");
  });

  test("a triplet has positive loss exactly when it is hard or semi-hard", () => {
    const v = fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 });
    fc.assert(
      fc.property(v, v, v, (a, p, n) => {
        const kind = tripletKind(squaredDistance(a, p), squaredDistance(a, n));
        const loss = tripletLoss(a, p, n);
        return loss > 0 === (kind !== "easy") || Math.abs(squaredDistance(a, n) - squaredDistance(a, p) - TRIPLET_MARGIN) < 1e-12;
      }),
    );
  });
});

describe("selectNegatives", () => {
  // Two identities on a line: A at 0 and 0.3, B at 0.5, 0.65 and 2.
  const emb = [[0], [0.3], [0.5], [0.65], [2]];
  const labels = ["A", "A", "B", "B", "B"];

  test("lists every anchor–positive pair of each identity once", () => {
    const pairs = selectNegatives(emb, labels).map((p) => `${p.anchor}-${p.positive}`);
    assert.deepEqual(pairs, ["0-1", "2-3", "2-4", "3-4"]);
  });

  test("finds the hardest and the closest semi-hard negative for a pair", () => {
    const [p01] = selectNegatives(emb, labels);
    assert.ok(Math.abs(p01.dPositive - 0.09) < 1e-12);
    // negatives of anchor 0: d² = 0.25 (index 2), 0.4225 (3), 4 (4); semi-hard window (0.09, 0.29)
    assert.equal(p01.hardest?.index, 2);
    assert.equal(p01.semiHard?.index, 2);
    const p24 = selectNegatives(emb, labels).find((p) => p.anchor === 2 && p.positive === 4);
    // ‖a−p‖² = 2.25: both negatives (d² 0.25, 0.04) are hard, none semi-hard
    assert.equal(p24?.hardest?.index, 1);
    assert.equal(p24?.semiHard, null);
  });

  test("a batch with one identity has no negatives", () => {
    const [pair] = selectNegatives([[0], [1]], ["A", "A"]);
    assert.equal(pair.hardest, null);
    assert.equal(pair.semiHard, null);
  });
});
