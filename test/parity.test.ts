/**
 * Parity with an independent MTCNN (facenet-pytorch on the same weights): the committed fixtures
 * always, and all 301 reference images of ../shared when it is present. Targets from issue 2.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import type { Mtcnn } from "../src/mtcnn/detector.js";
import { loadImage } from "../src/node/loadImage.js";
import { loadDetector, ROOT, SHARED } from "./helpers/backend.js";
import { parity, type ParityReport, type RefImage } from "./helpers/parity.js";

let detector: Mtcnn;
before(async () => {
  detector = await loadDetector();
});
after(() => detector.dispose());

/** Runs facelab on every image of a reference file and compares. */
async function run(referenceFile: string, imageDir: string): Promise<ParityReport> {
  const reference = JSON.parse(readFileSync(referenceFile, "utf8")).images as Record<string, RefImage>;
  const ours: Record<string, { faces: RefImage["faces"] }> = {};
  for (const key of Object.keys(reference)) {
    // The reference ran on the full-size photos, so no MAX_IMAGE_SIDE downscale here.
    const pixels = await loadImage(path.join(imageDir, key), key, Infinity);
    assert.equal(pixels.width, reference[key].width, `${key}: width`);
    assert.equal(pixels.height, reference[key].height, `${key}: height`);
    ours[key] = { faces: await detector.detect(pixels) };
  }
  return parity(reference, ours);
}

/** The targets. */
function assertTargets(r: ParityReport): void {
  const summary = JSON.stringify({ ...r, mismatches: r.mismatches.slice(0, 10) });
  assert.ok(r.confidentMatched / r.confident >= 0.98, `confident faces matched at IoU ≥ 0.9: ${summary}`);
  assert.ok(r.matched / r.referenceFaces >= 0.95, `faces matched at IoU ≥ 0.5: ${summary}`);
  assert.ok(r.extra / r.referenceFaces <= 0.03, `extra faces: ${summary}`);
  assert.ok(r.meanLandmarkError <= 0.02, `landmark error / box width: ${summary}`);
}

test("detect matches the reference on the committed fixtures", async () => {
  const dir = path.join(ROOT, "test/fixtures/mtcnn");
  const r = await run(path.join(dir, "reference.json"), dir);
  assert.equal(r.referenceFaces, 12);
  assertTargets(r);
});

test("detect matches the reference on all 301 images of ../shared", { skip: SHARED ? false : "../shared is absent" }, async (t) => {
  const shared = SHARED as string;
  const r = await run(path.join(shared, "reference/mtcnn-reference.json"), shared);
  t.diagnostic(`parity: ${JSON.stringify({ ...r, mismatches: r.mismatches.length })}`);
  assert.equal(r.images, 301);
  assert.equal(r.referenceFaces, 444);
  assertTargets(r);
});
