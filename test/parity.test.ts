/**
 * Parity with an independent MTCNN (facenet-pytorch on the same weights): the library on the
 * committed fixtures always, and the CLI on all 301 reference images of ../shared when it is present.
 * The site's smaller copies of the weights (models/mtcnn/web: float16, O-Net's fully connected layer in
 * one byte per value) must clear the same targets, on the fixtures and on the 301 images.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import { Mtcnn } from "../src/mtcnn/detector.js";
import { fileReader, MODELS_DIR } from "../src/node/files.js";
import { loadImage } from "../src/node/loadImage.js";
import { ROOT, SHARED } from "../harness/paths.js";
import { loadDetector } from "./helpers/backend.js";
import { facelabWithin } from "./helpers/cli.js";
import { parity, type ParityReport, type RefImage } from "../harness/parity.js";

let detector: Mtcnn;
let web: Mtcnn;
before(async () => {
  detector = await loadDetector();
  web = await Mtcnn.load(fileReader(path.join(MODELS_DIR, "mtcnn/web")));
});
after(() => {
  detector.dispose();
  web.dispose();
});

/** Runs facelab (float32 weights unless told) on every image of a reference file and compares. */
async function run(referenceFile: string, imageDir: string, mtcnn = detector): Promise<ParityReport> {
  const reference = JSON.parse(readFileSync(referenceFile, "utf8")).images as Record<string, RefImage>;
  const ours: Record<string, { faces: RefImage["faces"] }> = {};
  for (const key of Object.keys(reference)) {
    // The reference ran on the full-size photos: no budget here.
    const pixels = await loadImage(path.join(imageDir, key), key, { maxPixels: Infinity });
    assert.equal(pixels.width, reference[key].width, `${key}: width`);
    assert.equal(pixels.height, reference[key].height, `${key}: height`);
    ours[key] = { faces: await mtcnn.detect(pixels) };
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

test("detect with the site's weights matches the reference on the committed fixtures", async () => {
  const dir = path.join(ROOT, "test/fixtures/mtcnn");
  const r = await run(path.join(dir, "reference.json"), dir, web);
  assert.equal(r.referenceFaces, 12);
  assertTargets(r);
});

test("facelab detect --json matches the reference on all 301 images of ../shared, big photos included", {
  skip: SHARED ? false : "../shared is absent",
}, async (t) => {
  // Through the CLI, as a user runs it: its decoding, its memory budget and its coordinates. The five
  // photos over 1,600 px (bald_guys.jpg, the facenet-pytorch portraits up to 2048×2048) run at full size.
  const shared = SHARED as string;
  const reference = JSON.parse(readFileSync(path.join(shared, "reference/mtcnn-reference.json"), "utf8")).images as Record<string, RefImage>;
  const keys = Object.keys(reference);
  const run = await facelabWithin(20 * 60_000, "detect", "--json", ...keys.map((k) => path.join(shared, k)));
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stderr, "", "no notice: every reference image is within the budget");
  const images = (JSON.parse(run.stdout) as { images: Record<string, RefImage> }).images;
  const ours = Object.fromEntries(keys.map((k) => [k, images[path.join(shared, k)]]));
  for (const k of keys) assert.deepEqual([ours[k].width, ours[k].height], [reference[k].width, reference[k].height], `${k}: the source's size`);
  const r = parity(reference, ours);
  t.diagnostic(`parity: ${JSON.stringify({ ...r, mismatches: r.mismatches.length })}`);
  assert.equal(r.images, 301);
  assert.equal(r.referenceFaces, 444);
  assertTargets(r);
});

test("detect with the site's weights matches the reference on all 301 images of ../shared", {
  skip: SHARED ? false : "../shared is absent",
}, async (t) => {
  // Through the library, as the pages run it (the CLI keeps the float32 originals); the bar is the
  // same: ≥ 98 % of the reference's confident faces matched at IoU ≥ 0.9 (bench:weights has the figures).
  const r = await run(path.join(SHARED as string, "reference/mtcnn-reference.json"), SHARED as string, web);
  t.diagnostic(`site weights parity: ${JSON.stringify({ ...r, mismatches: r.mismatches.length })}`);
  assert.equal(r.images, 301);
  assert.equal(r.referenceFaces, 444);
  assertTargets(r);
});
