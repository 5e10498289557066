/**
 * The detector registry: a detector by its name (`DETECTOR_NAMES`), its weights read through one
 * `ModelFileReader` pointed at that detector's files (so it works in Node and in a page alike).
 */
import type { ModelFileReader } from "../core/types.js";
import { Mtcnn } from "../mtcnn/detector.js";
import type { MtcnnOptions } from "../mtcnn/options.js";
import type { Detector, DetectorName } from "./detector.js";
import { BlazeFace } from "./blazeFace.js";
import { mtcnnDetector } from "./mtcnnDetector.js";
import { SsdMobilenetV1 } from "./ssdMobilenetV1.js";
import { TinyFaceDetector, type TinyFaceDetectorOptions } from "./tinyFaceDetector.js";

/** Per-detector set-up; each field is read only by the detector it names. */
export interface NamedDetectorOptions {
  /** MTCNN's cascade options (pyramid, thresholds). */
  mtcnn?: MtcnnOptions;
  /** Tiny Face Detector's input size. */
  tiny?: TinyFaceDetectorOptions;
}

/**
 * Loads detector `name`, reading its files through `read`: `models/mtcnn/` for "mtcnn",
 * `@vladmandic/face-api`'s `model/` for "ssd-mobilenet-v1" and "tiny-face-detector", `models/blazeface/`
 * for the four BlazeFace models ("blazeface-front", "-back", "-short", "-full").
 */
export async function loadNamedDetector(name: DetectorName, read: ModelFileReader, options: NamedDetectorOptions = {}): Promise<Detector> {
  switch (name) {
    case "mtcnn":
      return mtcnnDetector(await Mtcnn.load(read), options.mtcnn);
    case "ssd-mobilenet-v1":
      return SsdMobilenetV1.load(read);
    case "tiny-face-detector":
      return TinyFaceDetector.load(read, options.tiny);
    case "blazeface-front":
      return BlazeFace.load(read, "front");
    case "blazeface-back":
      return BlazeFace.load(read, "back");
    case "blazeface-short":
      return BlazeFace.load(read, "short");
    case "blazeface-full":
      return BlazeFace.load(read, "full");
  }
}
