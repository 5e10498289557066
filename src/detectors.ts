/**
 * `facelab/detectors`: every face detector behind one `Detector` interface — MTCNN (adapted), face-api.js's
 * SSD MobileNet v1 and Tiny Face Detector, MediaPipe's four BlazeFace models — and the registry by
 * name. A separate entry because BlazeFace runs as a tfjs-converter graph model: tfjs-converter is
 * several hundred KB that only a page comparing detectors needs.
 */
export { DETECTOR_NAMES, isDetectorName, type Detector, type DetectorName, type DetectorOptions } from "./detect/detector.js";
export { loadNamedDetector, type NamedDetectorOptions } from "./detect/loadNamedDetector.js";
export { mtcnnDetector } from "./detect/mtcnnDetector.js";
export { SsdMobilenetV1, DEFAULT_SSD_CONFIG, SSD_MANIFEST } from "./detect/ssdMobilenetV1.js";
export { TinyFaceDetector, DEFAULT_TINY_CONFIG, TINY_MANIFEST, type TinyFaceDetectorOptions } from "./detect/tinyFaceDetector.js";
export { BlazeFace, BLAZEFACE_CONFIG, type BlazeFaceConfig, type BlazeFaceVariant } from "./detect/blazeFace.js";
export { FaceLandmarks68, LANDMARK68_MANIFEST } from "./landmarks/faceLandmarks68.js";
