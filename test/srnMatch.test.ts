/**
 * Unit tests for src/srn/matchAnchors.ts: IoU labelling at SRN's two steps, the best-anchor rule, and
 * the sparse counter agreeing with the dense labels.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { iou } from "../src/core/box.js";
import type { Box } from "../src/core/types.js";
import { tileAnchors } from "../src/srn/anchors.js";
import { anchorOverlaps, countLabels, countMatches, IGNORED, labelAnchors, NEGATIVE, POSITIVE } from "../src/srn/matchAnchors.js";
import { SRN } from "../src/srn/srnConfig.js";
import { seededRandom } from "../src/core/random.js";

const anchors = tileAnchors(256, 256);
const boxAt = (i: number): Box => Array.from(anchors.boxes.subarray(4 * i, 4 * i + 4)) as Box;

describe("anchorOverlaps", () => {
  test("an anchor's own box matches it with IoU 1 and is that face's best anchor", () => {
    const i = anchors.levels[2].offset + 7 * 2 + 1; // P4, cell 7 of row 0, larger scale
    const o = anchorOverlaps(anchors, [boxAt(i)]);
    assert.equal(o.iou[i], 1);
    assert.equal(o.gt[i], 0);
    assert.deepEqual(o.best[0], [i]);
  });
  test("equals brute force over every anchor for random faces", () => {
    const rand = seededRandom(3);
    const faces: Box[] = Array.from({ length: 6 }, () => {
      const x = rand() * 230,
        y = rand() * 230,
        s = 3 + rand() * 120;
      return [x, y, x + s, y + s * 1.3];
    });
    const o = anchorOverlaps(anchors, faces);
    for (let i = 0; i < anchors.count; i++) {
      const brute = Math.max(...faces.map((f) => Math.fround(iou(boxAt(i), f))));
      assert.equal(o.iou[i], brute, `anchor ${i}`);
    }
    faces.forEach((f, g) => {
      let top = 0;
      for (let i = 0; i < anchors.count; i++) top = Math.max(top, Math.fround(iou(boxAt(i), f)));
      assert.equal(o.bestIou[g], top);
    });
  });
});

describe("labelAnchors", () => {
  const face: Box = [100, 100, 130, 138];
  const o = anchorOverlaps(anchors, [face]);
  test("step one: positive ≥ 0.7, negative < 0.3, ignored between", () => {
    const labels = labelAnchors(o, SRN.stepOne, { bestAnchor: false });
    for (let i = 0; i < anchors.count; i++) {
      const v = o.iou[i];
      assert.equal(labels[i], v >= 0.7 ? POSITIVE : v < 0.3 ? NEGATIVE : IGNORED);
    }
  });
  test("step two labels more anchors positive than step one", () => {
    const one = countLabels(labelAnchors(o, SRN.stepOne), anchors.levels).reduce((n, l) => n + l.positive, 0);
    const two = countLabels(labelAnchors(o, SRN.stepTwo), anchors.levels).reduce((n, l) => n + l.positive, 0);
    assert.ok(two > one, `${two} > ${one}`);
  });
  test("a tiny face no anchor covers at 0.7 still gets its best anchor as positive", () => {
    const tiny = anchorOverlaps(anchors, [[50, 50, 54, 55]]);
    assert.ok(tiny.bestIou[0] < 0.7 && tiny.bestIou[0] > 0);
    const without = labelAnchors(tiny, SRN.stepOne, { bestAnchor: false });
    const withRule = labelAnchors(tiny, SRN.stepOne);
    assert.equal(without.filter((l) => l === POSITIVE).length, 0);
    assert.deepEqual(
      [...withRule.keys()].filter((i) => withRule[i] === POSITIVE),
      tiny.best[0],
    );
  });
  test("rejects thresholds in the wrong order", () => {
    assert.throws(() => labelAnchors(o, { positive: 0.3, negative: 0.7 }), /negative threshold 0.7 exceeds positive 0.3/);
  });
});

describe("countMatches", () => {
  test("gives the dense counts per level, with and without the best-anchor rule", () => {
    const faces: Box[] = [
      [10, 10, 18, 20],
      [60, 40, 140, 150],
      [200, 200, 256, 256],
      [0, 100, 3, 104],
    ];
    const o = anchorOverlaps(anchors, faces);
    for (const t of [SRN.stepOne, SRN.stepTwo]) {
      for (const bestAnchor of [true, false]) {
        assert.deepEqual(countMatches(o, anchors.levels, t, { bestAnchor }), countLabels(labelAnchors(o, t, { bestAnchor }), anchors.levels));
      }
    }
  });
  test("an image without faces has only negatives", () => {
    const counts = countMatches(anchorOverlaps(anchors, []), anchors.levels, SRN.stepOne);
    assert.deepEqual(
      counts.map((c) => c.negative),
      anchors.levels.map((l) => l.count),
    );
    assert.ok(counts.every((c) => c.positive === 0 && c.ignored === 0));
  });
});
