/**
 * Unit tests for the SRN page's positivesPerFace (docs/components/srn): the positives a small and a
 * larger face get at one matching step, on real anchors tiled by facelab.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { positivesPerFace } from "../docs/components/srn/positivesPerFace.js";
import { anchorOverlaps, labelAnchors, POSITIVE, SRN, tileAnchors, type Box } from "facelab";

const match = (faces: Box[]) => {
  const anchors = tileAnchors(512, 512);
  return { anchors, overlaps: anchorOverlaps(anchors, faces) };
};

test("positivesPerFace splits faces at 16 px and counts each face's positives at the step's thresholds", () => {
  // A 10 px face between anchors and a 64 px face; no other faces.
  const faces: Box[] = [
    [101, 101, 111, 111],
    [200, 200, 264, 264],
  ];
  const matched = match(faces);
  const { small, larger } = positivesPerFace(matched, faces, SRN.stepTwo);
  assert.equal(small.faces, 1);
  assert.equal(larger.faces, 1);
  const labels = labelAnchors(matched.overlaps, SRN.stepTwo);
  const positives = [...labels.keys()].filter((i) => labels[i] === POSITIVE);
  assert.equal(small.mean + larger.mean, positives.length, "every positive belongs to one of the two faces");
  assert.ok(small.mean >= 1, "the best-anchor rule gives even a badly covered face a positive");
});

test("positivesPerFace: a face no anchor reaches at the threshold is counted as positive only through its best anchor", () => {
  const faces: Box[] = [[101, 101, 107, 107]]; // 6 px: below the smallest anchor's reach of 0.7
  const matched = match(faces);
  const { small, larger } = positivesPerFace(matched, faces, SRN.stepOne);
  assert.equal(small.onlyBest, 1);
  assert.ok(matched.overlaps.bestIou[0] < SRN.stepOne.positive);
  assert.equal(larger.faces, 0);
  assert.equal(larger.mean, 0);
});
