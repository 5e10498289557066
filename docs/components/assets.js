// Where the pages find their self-hosted assets: model weights, wasm binaries, sample photos. One
// place, so every page loads the same files (Framework rewrites these to hashed URLs at build time).
import { FileAttachment } from "observablehq:stdlib";

/** The three tfjs wasm binaries, by the file names tfjs asks for. */
export const wasmUrls = {
  "tfjs-backend-wasm.wasm": FileAttachment("../_wasm/tfjs-backend-wasm.wasm").href,
  "tfjs-backend-wasm-simd.wasm": FileAttachment("../_wasm/tfjs-backend-wasm-simd.wasm").href,
  "tfjs-backend-wasm-threaded-simd.wasm": FileAttachment("../_wasm/tfjs-backend-wasm-threaded-simd.wasm").href,
};

/**
 * MTCNN's weight files: the site's copies (models/mtcnn/web: float16, and O-Net's fully connected
 * layer in one byte per value), 35 % of the bytes of the float32 originals and still over the parity
 * bar with the reference (bench/results/web-weights-parity.json; test/parity.test.ts checks it). They
 * are widened to float32 at load: the maths is unchanged.
 */
export const mtcnnUrls = {
  "pnet-weights_manifest.json": FileAttachment("../_models/mtcnn/web/pnet-weights_manifest.json").href,
  "pnet.bin": FileAttachment("../_models/mtcnn/web/pnet.bin").href,
  "rnet-weights_manifest.json": FileAttachment("../_models/mtcnn/web/rnet-weights_manifest.json").href,
  "rnet.bin": FileAttachment("../_models/mtcnn/web/rnet.bin").href,
  "onet-weights_manifest.json": FileAttachment("../_models/mtcnn/web/onet-weights_manifest.json").href,
  "onet.bin": FileAttachment("../_models/mtcnn/web/onet.bin").href,
};

/** dlib's face-recognition ResNet, as shipped by @vladmandic/face-api. */
export const dlibUrls = {
  "face_recognition_model-weights_manifest.json": FileAttachment("../_models/dlib/face_recognition_model-weights_manifest.json").href,
  "face_recognition_model.bin": FileAttachment("../_models/dlib/face_recognition_model.bin").href,
};
