import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { randomNormal, seededRandom } from "../src/core/random.js";
import { squaredDistanceMatrix } from "../src/facenet/selectTriplets.js";
import { chineseWhispers, relabel } from "../src/cluster/chineseWhispers.js";
import { dbscan, NOISE } from "../src/cluster/dbscan.js";
import { adjustedRandIndex, purity } from "../src/cluster/partitionScores.js";
import { nearestNeighbourAccuracy } from "../src/cluster/nearestNeighbour.js";

const close = (a: number, b: number, tol = 1e-9) => assert.ok(Math.abs(a - b) < tol, `${a} ≠ ${b}`);

/** Manning, Raghavan & Schütze, Introduction to IR, fig. 16.4: 17 points, three clusters, classes x o ◇. */
const IR_CLUSTERS = [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2];
const IR_CLASSES = [0, 0, 0, 0, 0, 1, 0, 1, 1, 1, 1, 2, 0, 0, 2, 2, 2]; // x=0, o=1, ◇=2

describe("partition scores", () => {
  test("purity of the textbook example is (5 + 4 + 3) / 17 ≈ 0.71", () => {
    close(purity(IR_CLUSTERS, IR_CLASSES), 12 / 17);
  });

  test("ARI of the textbook example: TP = 20, clusters' pairs 40, classes' pairs 44 of 136", () => {
    // (20 − 40·44/136) / (½(40 + 44) − 40·44/136) = 0.24291…; the book's (unadjusted) Rand index is 0.68.
    const expected = (40 * 44) / 136;
    close(adjustedRandIndex(IR_CLUSTERS, IR_CLASSES), (20 - expected) / (42 - expected));
    close(adjustedRandIndex(IR_CLUSTERS, IR_CLASSES), 0.242914979757085, 1e-12);
  });

  test("ARI is 1 for identical partitions whatever the label names, and scikit-learn's documented values", () => {
    assert.equal(adjustedRandIndex([0, 0, 1, 1, 2], [0, 0, 1, 1, 2]), 1);
    assert.equal(adjustedRandIndex([0, 0, 1, 1], [1, 1, 0, 0]), 1);
    close(adjustedRandIndex([0, 0, 1, 2], [0, 0, 1, 1]), 4 / 7); // sklearn docs: 0.57
    close(adjustedRandIndex([0, 0, 0, 0], [0, 1, 2, 3]), 0);
    close(adjustedRandIndex([0, 0, 1, 1], [0, 1, 0, 1]), -0.5);
  });

  test("noise points count as singleton clusters: all-noise has purity 1 but ARI 0", () => {
    const classes = [0, 0, 1, 1, 2, 2];
    assert.equal(purity([NOISE, NOISE, NOISE, NOISE, NOISE, NOISE], classes), 1);
    close(adjustedRandIndex([NOISE, NOISE, NOISE, NOISE, NOISE, NOISE], classes), 0);
    assert.equal(purity([0, 0, 0, 0, 0, 0], classes), 2 / 6);
  });
});

/** Three unit-variance blobs 20 apart in 4-D, `per` points each; labels 0, 1, 2. */
function blobs(per: number) {
  const r = seededRandom(2),
    d = 4,
    n = 3 * per;
  const labels = Int32Array.from({ length: n }, (_, i) => Math.floor(i / per));
  const x = Float64Array.from({ length: n * d }, (_, e) => 0.3 * randomNormal(r) + (e % d === 0 ? 20 * labels[Math.floor(e / d)] : 0));
  return { x, labels, n, d, dist: squaredDistanceMatrix(x, n) };
}

describe("clustering", () => {
  test("Chinese whispers finds three separated blobs exactly", () => {
    const { dist, n, labels } = blobs(20);
    const found = chineseWhispers(dist, n, { threshold: 3 });
    assert.equal(adjustedRandIndex(found, labels), 1);
    assert.deepEqual(Array.from(found), Array.from(relabel(labels)));
  });

  test("Chinese whispers: below every distance, each point is alone; above all, one cluster", () => {
    const { dist, n } = blobs(5);
    const small = dist.map((v) => v / 2000); // all d² < 1, so facenet's weights 1 − d²/2 stay positive
    assert.equal(new Set(chineseWhispers(small, n, { threshold: 1e-6 })).size, n);
    assert.equal(new Set(chineseWhispers(small, n, { threshold: 1 })).size, 1);
  });

  test("Chinese whispers is deterministic under a seed", () => {
    const { dist, n } = blobs(15);
    assert.deepEqual(chineseWhispers(dist, n, { threshold: 25, seed: 3 }), chineseWhispers(dist, n, { threshold: 25, seed: 3 }));
  });

  test("DBSCAN finds the three blobs and calls an outlier noise", () => {
    const { x, labels, n, d } = blobs(20);
    const withOutlier = Float64Array.from([...x, 100, 100, 100, 100]);
    const found = dbscan(squaredDistanceMatrix(withOutlier, n + 1), n + 1, { eps: 2, minPts: 4 });
    assert.equal(found[n], NOISE);
    assert.equal(adjustedRandIndex(found.subarray(0, n), labels), 1);
    assert.equal(d, 4);
  });

  test("DBSCAN on a line: border points join, isolated points are noise", () => {
    const pos = [0, 1, 2, 3, 10, 20, 21];
    const dist = Float64Array.from({ length: 49 }, (_, e) => (pos[Math.floor(e / 7)] - pos[e % 7]) ** 2);
    assert.deepEqual(Array.from(dbscan(dist, 7, { eps: 1, minPts: 3 })), [0, 0, 0, 0, NOISE, NOISE, NOISE]);
    assert.deepEqual(Array.from(dbscan(dist, 7, { eps: 1, minPts: 2 })), [0, 0, 0, 0, NOISE, 1, 1]);
  });
});

describe("1-NN identity accuracy", () => {
  test("counts the points whose nearest other point shares their label, skipping singletons", () => {
    // 1-D: 0 (a), 1 (a), 5 (b), 5.5 (c), 9 (b), 20 (d, alone)
    const x = [0, 1, 5, 5.5, 9, 20],
      labels = [0, 0, 1, 2, 1, 3];
    const r = nearestNeighbourAccuracy(x, 1, labels);
    assert.equal(r.scored, 4); // 2 (c) and 5 (d) are alone in their class
    assert.deepEqual(Array.from(r.nearest), [1, 0, 3, 2, 3, 4]);
    assert.equal(r.accuracy, 2 / 4); // 0→1 ✓, 1→0 ✓, 5→5.5 ✗, 9→5.5 ✗
  });

  test("works in any dimension: three blobs in 4-D are 100 %", () => {
    const { x, labels, d } = blobs(10);
    assert.equal(nearestNeighbourAccuracy(x, d, labels).accuracy, 1);
  });
});
