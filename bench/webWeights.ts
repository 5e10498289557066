/**
 * `npm run bench:weights`: are the site's smaller MTCNN weights (models/mtcnn/web, scripts/quantizeMtcnn.ts:
 * float16, O-Net's fully connected layer in one byte per value) good enough to ship? Runs the detector
 * with the float32 originals and with the site's copies on the 301 reference images of ../shared, both in
 * this process on the wasm backend (the CLI's), and writes bench/results/web-weights-parity.json: each
 * against the reference (facenet-pytorch on the same weights, counted as test/parity.test.ts counts:
 * confident = reference score ≥ 0.9, matched at IoU ≥ 0.9), the site's against float32 (largest box,
 * landmark and score differences, faces found or lost), and the bytes of both sets of files, raw and
 * brotli (quality 11, as a static host would pre-compress them).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import * as tf from "@tensorflow/tfjs";
import "@tensorflow/tfjs-backend-wasm";
import { Mtcnn } from "../src/mtcnn/detector.js";
import { fileReader, MODELS_DIR } from "../src/node/files.js";
import { loadImage } from "../src/node/loadImage.js";
import { agreement, parity, type RefFace, type RefImage } from "../harness/parity.js";
import { ROOT, SHARED } from "../harness/paths.js";
import { machine, writeResult } from "./results.js";

if (!SHARED) throw new Error("bench:weights needs ../shared (the 301 reference images and their reference detections)");
const FOLDERS = { float32: path.join(MODELS_DIR, "mtcnn"), web: path.join(MODELS_DIR, "mtcnn/web") };
const FILES = ["pnet", "rnet", "onet"].flatMap((n) => [`${n}-weights_manifest.json`, `${n}.bin`]);

/** Bytes of one set of weight files, raw and brotli-compressed. */
function bytes(dir: string): { raw: number; brotli: number } {
  let raw = 0;
  let brotli = 0;
  for (const f of FILES) {
    const b = readFileSync(path.join(dir, f));
    raw += b.byteLength;
    brotli += brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength;
  }
  return { raw, brotli };
}

tf.env().set("IS_TEST", true);
await tf.setBackend("wasm");
await tf.ready();
const reference = JSON.parse(readFileSync(path.join(SHARED, "reference/mtcnn-reference.json"), "utf8")).images as Record<string, RefImage>;
const detectors = { float32: await Mtcnn.load(fileReader(FOLDERS.float32)), web: await Mtcnn.load(fileReader(FOLDERS.web)) };
const ours: Record<"float32" | "web", Record<string, { faces: RefFace[] }>> = { float32: {}, web: {} };
const keys = Object.keys(reference);
for (const [i, key] of keys.entries()) {
  // As the parity test: the reference ran on the full-size photos, so no pixel budget.
  const pixels = await loadImage(path.join(SHARED, key), key, { maxPixels: Infinity });
  for (const precision of ["float32", "web"] as const) ours[precision][key] = { faces: await detectors[precision].detect(pixels) };
  if (i % 50 === 49) console.error(`${i + 1}/${keys.length}`);
}
for (const d of Object.values(detectors)) d.dispose();

const vsReference = (precision: "float32" | "web") => {
  const r = parity(reference, ours[precision]);
  return { ...r, confidentMatchedShare: r.confidentMatched / r.confident, mismatches: r.mismatches.length };
};
const size = { float32: bytes(FOLDERS.float32), web: bytes(FOLDERS.web) };
writeResult("web-weights-parity.json", {
  machine: machine(),
  backend: tf.getBackend(),
  images: keys.length,
  bar: "the site's weights ship only if ≥ 98 % of the reference's confident faces (score ≥ 0.9) are matched at IoU ≥ 0.9",
  storage: "float16, but onet/conv5/weights (O-Net's fully connected layer) in one byte per value with a float32 min and scale per output channel",
  float32VsReference: vsReference("float32"),
  webVsReference: vsReference("web"),
  webVsFloat32: agreement(ours.float32, ours.web),
  bytes: { ...size, savedRaw: size.float32.raw - size.web.raw, savedBrotli: size.float32.brotli - size.web.brotli },
  files: path.relative(ROOT, FOLDERS.web),
});
