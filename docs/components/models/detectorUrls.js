// The face detectors' weight files for the "Which detector?" page, by detector name. Kept out of
// assets.js so that only this page references them (Framework counts every file a page's modules name).
import { FileAttachment } from "observablehq:stdlib";
import { mtcnnUrls } from "../assets.js";

/**
 * The other face detectors' files, by detector name (`DETECTOR_NAMES` of `facelab/detectors`), for
 * `loadNamedDetector(name, urlReader(detectorUrls[name]))`. Only URLs: nothing is fetched until a page
 * loads a detector. SSD MobileNet v1 and Tiny Face Detector come from @vladmandic/face-api's `model/`,
 * the four BlazeFace graphs from models/blazeface/ (licences and origins in models/README.md).
 */
export const detectorUrls = {
  mtcnn: mtcnnUrls,
  "ssd-mobilenet-v1": {
    "ssd_mobilenetv1_model-weights_manifest.json": FileAttachment("../../_models/faceapi/ssd_mobilenetv1_model-weights_manifest.json").href,
    "ssd_mobilenetv1_model.bin": FileAttachment("../../_models/faceapi/ssd_mobilenetv1_model.bin").href,
  },
  "tiny-face-detector": {
    "tiny_face_detector_model-weights_manifest.json": FileAttachment("../../_models/faceapi/tiny_face_detector_model-weights_manifest.json").href,
    "tiny_face_detector_model.bin": FileAttachment("../../_models/faceapi/tiny_face_detector_model.bin").href,
  },
  "blazeface-front": {
    "blazeface-front.json": FileAttachment("../../_models/blazeface/blazeface-front.json").href,
    "blazeface-front.bin": FileAttachment("../../_models/blazeface/blazeface-front.bin").href,
  },
  "blazeface-back": {
    "blazeface-back.json": FileAttachment("../../_models/blazeface/blazeface-back.json").href,
    "blazeface-back.bin": FileAttachment("../../_models/blazeface/blazeface-back.bin").href,
  },
  "blazeface-short": {
    "facemesh-detection-short.json": FileAttachment("../../_models/blazeface/facemesh-detection-short.json").href,
    "facemesh-detection-short.bin": FileAttachment("../../_models/blazeface/facemesh-detection-short.bin").href,
  },
  "blazeface-full": {
    "facemesh-detection-full.json": FileAttachment("../../_models/blazeface/facemesh-detection-full.json").href,
    "facemesh-detection-full.bin": FileAttachment("../../_models/blazeface/facemesh-detection-full.bin").href,
  },
};

/** The licences served beside the detectors' weights (Apache-2.0 asks for its text to travel with them). */
export const detectorLicenceUrls = {
  "faceapi-apache": FileAttachment("../../_models/faceapi/LICENSE-Apache-2.0.txt").href,
  "blazeface-apache": FileAttachment("../../_models/blazeface/LICENSE-Apache-2.0.txt").href,
  "blazeface-conversion": FileAttachment("../../_models/blazeface/LICENSE-human-models.txt").href,
};
