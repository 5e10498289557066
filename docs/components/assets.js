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
 * MTCNN's weight files: the float16 copies (models/mtcnn/float16), half the bytes of the float32
 * originals and still over the parity bar with the reference (bench/results/float16-parity.json;
 * test/parity.test.ts checks it). tfjs dequantises them to float32 at load: the maths is unchanged.
 */
export const mtcnnUrls = {
  "pnet-weights_manifest.json": FileAttachment("../_models/mtcnn/float16/pnet-weights_manifest.json").href,
  "pnet.bin": FileAttachment("../_models/mtcnn/float16/pnet.bin").href,
  "rnet-weights_manifest.json": FileAttachment("../_models/mtcnn/float16/rnet-weights_manifest.json").href,
  "rnet.bin": FileAttachment("../_models/mtcnn/float16/rnet.bin").href,
  "onet-weights_manifest.json": FileAttachment("../_models/mtcnn/float16/onet-weights_manifest.json").href,
  "onet.bin": FileAttachment("../_models/mtcnn/float16/onet.bin").href,
};

/** dlib's face-recognition ResNet, as shipped by @vladmandic/face-api. */
export const dlibUrls = {
  "face_recognition_model-weights_manifest.json": FileAttachment("../_models/dlib/face_recognition_model-weights_manifest.json").href,
  "face_recognition_model.bin": FileAttachment("../_models/dlib/face_recognition_model.bin").href,
};

/**
 * The other face detectors' files, by detector name (`DETECTOR_NAMES` of `facelab/detectors`), for
 * `loadNamedDetector(name, urlReader(detectorUrls[name]))`. Only URLs: nothing is fetched until a page
 * loads a detector. SSD MobileNet v1 and Tiny Face Detector come from @vladmandic/face-api's `model/`,
 * the four BlazeFace graphs from models/blazeface/ (licences and origins in models/README.md).
 */
export const detectorUrls = {
  mtcnn: mtcnnUrls,
  "ssd-mobilenet-v1": {
    "ssd_mobilenetv1_model-weights_manifest.json": FileAttachment("../_models/faceapi/ssd_mobilenetv1_model-weights_manifest.json").href,
    "ssd_mobilenetv1_model.bin": FileAttachment("../_models/faceapi/ssd_mobilenetv1_model.bin").href,
  },
  "tiny-face-detector": {
    "tiny_face_detector_model-weights_manifest.json": FileAttachment("../_models/faceapi/tiny_face_detector_model-weights_manifest.json").href,
    "tiny_face_detector_model.bin": FileAttachment("../_models/faceapi/tiny_face_detector_model.bin").href,
  },
  "blazeface-front": {
    "blazeface-front.json": FileAttachment("../_models/blazeface/blazeface-front.json").href,
    "blazeface-front.bin": FileAttachment("../_models/blazeface/blazeface-front.bin").href,
  },
  "blazeface-back": {
    "blazeface-back.json": FileAttachment("../_models/blazeface/blazeface-back.json").href,
    "blazeface-back.bin": FileAttachment("../_models/blazeface/blazeface-back.bin").href,
  },
  "blazeface-short": {
    "facemesh-detection-short.json": FileAttachment("../_models/blazeface/facemesh-detection-short.json").href,
    "facemesh-detection-short.bin": FileAttachment("../_models/blazeface/facemesh-detection-short.bin").href,
  },
  "blazeface-full": {
    "facemesh-detection-full.json": FileAttachment("../_models/blazeface/facemesh-detection-full.json").href,
    "facemesh-detection-full.bin": FileAttachment("../_models/blazeface/facemesh-detection-full.bin").href,
  },
};

/** The licences served beside the detectors' weights (Apache-2.0 asks for its text to travel with them). */
export const detectorLicenceUrls = {
  "faceapi-apache": FileAttachment("../_models/faceapi/LICENSE-Apache-2.0.txt").href,
  "blazeface-apache": FileAttachment("../_models/blazeface/LICENSE-Apache-2.0.txt").href,
  "blazeface-conversion": FileAttachment("../_models/blazeface/LICENSE-human-models.txt").href,
};
