/**
 * One interface for every face detector facelab can run, so a page or the CLI can put MTCNN and other
 * published detectors side by side on the same images: `detect` takes decoded pixels and returns
 * `Detection`s in those pixels' coordinates (the one box convention of `core/types.ts`), best first.
 * Modelled on tfjs-models' `face-detection` `FaceDetector` (`estimateFaces`, `dispose`).
 */
import type { Detection, Pixels } from "../core/types.js";
import type { DetectLimits } from "../image/imageLimits.js";

/** The detectors facelab knows, by the name the CLI's `--detector` takes. */
export const DETECTOR_NAMES = [
  "mtcnn",
  "ssd-mobilenet-v1",
  "tiny-face-detector",
  "blazeface-front",
  "blazeface-back",
  "blazeface-short",
  "blazeface-full",
] as const;

/** A detector's name (`DETECTOR_NAMES`). */
export type DetectorName = (typeof DETECTOR_NAMES)[number];

/** Whether `name` is one of `DETECTOR_NAMES`. */
export function isDetectorName(name: string): name is DetectorName {
  return (DETECTOR_NAMES as readonly string[]).includes(name);
}

/** Options every detector understands; each detector documents its defaults. */
export interface DetectorOptions extends DetectLimits {
  /**
   * The smallest face score kept, in (0, 1). MTCNN: O-Net's threshold (R-Net's and P-Net's stay at
   * their defaults). Default: the model's own (see each detector's `DEFAULT_*` constants).
   */
  scoreThreshold?: number;
}

/** A loaded face detector. */
export interface Detector {
  /** Which detector this is. */
  readonly name: DetectorName;
  /** Whether its detections carry five landmarks. */
  readonly hasLandmarks: boolean;
  /** Faces in `pixels`, best first, boxes (and landmarks, if any) in `pixels`' own coordinates. */
  detect(pixels: Pixels, options?: DetectorOptions): Promise<Detection[]>;
  /** Frees the weights; the detector cannot be used afterwards. */
  dispose(): void;
}

/** Throws a `RangeError` unless `t` is a score threshold in (0, 1). */
export function checkScoreThreshold(t: number): number {
  if (!(t > 0 && t < 1)) throw new RangeError(`scoreThreshold must be in (0, 1), got ${t}`);
  return t;
}
