/**
 * `npm run bench:float16`: are MTCNN's float16 weights (models/mtcnn/float16, scripts/quantizeMtcnn.ts)
 * good enough to ship? Runs the detector with the float32 originals and with the float16 copies on the
 * 301 reference images of ../shared, both in this process on the wasm backend (the CLI's), and writes
 * bench/results/float16-parity.json: each against the reference (facenet-pytorch on the same weights,
 * counted as test/parity.test.ts counts: confident = reference score ≥ 0.9, matched at IoU ≥ 0.9), float16
 * against float32 (largest box, landmark and score differences, faces found or lost), and the bytes of
 * both sets of files, raw and brotli (quality 11, as a static host would pre-compress them).
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

if (!SHARED) throw new Error("bench:float16 needs ../shared (the 301 reference images and their reference detections)");
const FOLDERS = { float32: path.join(MODELS_DIR, "mtcnn"), float16: path.join(MODELS_DIR, "mtcnn/float16") };
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
const detectors = { float32: await Mtcnn.load(fileReader(FOLDERS.float32)), float16: await Mtcnn.load(fileReader(FOLDERS.float16)) };
const ours: Record<"float32" | "float16", Record<string, { faces: RefFace[] }>> = { float32: {}, float16: {} };
const keys = Object.keys(reference);
for (const [i, key] of keys.entries()) {
  // As the parity test: the reference ran on the full-size photos, so no pixel budget.
  const pixels = await loadImage(path.join(SHARED, key), key, { maxPixels: Infinity });
  for (const precision of ["float32", "float16"] as const) ours[precision][key] = { faces: await detectors[precision].detect(pixels) };
  if (i % 50 === 49) console.error(`${i + 1}/${keys.length}`);
}
for (const d of Object.values(detectors)) d.dispose();

const vsReference = (precision: "float32" | "float16") => {
  const r = parity(reference, ours[precision]);
  return { ...r, confidentMatchedShare: r.confidentMatched / r.confident, mismatches: r.mismatches.length };
};
const size = { float32: bytes(FOLDERS.float32), float16: bytes(FOLDERS.float16) };
writeResult("float16-parity.json", {
  machine: machine(),
  backend: tf.getBackend(),
  images: keys.length,
  bar: "float16 ships only if ≥ 98 % of the reference's confident faces (score ≥ 0.9) are matched at IoU ≥ 0.9",
  float32VsReference: vsReference("float32"),
  float16VsReference: vsReference("float16"),
  float16VsFloat32: agreement(ours.float32, ours.float16),
  bytes: { ...size, savedRaw: size.float32.raw - size.float16.raw, savedBrotli: size.float32.brotli - size.float16.brotli },
  files: path.relative(ROOT, FOLDERS.float16),
});
