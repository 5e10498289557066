/**
 * face-api.js's Tiny Face Detector (the weights `@vladmandic/face-api` ships) behind the `Detector`
 * interface: one forward pass on a square of `inputSize` px (416 by default), one read of the grid,
 * YOLOv2 decoding, NMS and the mapping back to source pixels. No landmarks.
 */
import type * as tf from "@tensorflow/tfjs-core";
import type { Detection, ModelFileReader, Pixels } from "../core/types.js";
import { decodeTinyGrid } from "./decodeTinyGrid.js";
import { checkScoreThreshold, type Detector, type DetectorOptions } from "./detector.js";
import { detectWithinBudget } from "./detectWithinBudget.js";
import { squareDetections } from "./squareDetections.js";
import { squareInput } from "./squareInput.js";
import { TINY_WEIGHT_NAMES, tinyFaceDetector } from "./tinyFaceDetectorNet.js";
import { disposeWeightMap, loadWeightMap, type WeightMap } from "./weightMap.js";

/** The manifest's file name in `@vladmandic/face-api/model/`. */
export const TINY_MANIFEST = "tiny_face_detector_model-weights_manifest.json";

/** Tiny Face Detector's constants, from face-api.js 0.22 `TinyYolov2Options.ts` and `tinyFaceDetector/const.ts`. */
export const DEFAULT_TINY_CONFIG = {
  /** Input side, px (`inputSize` default 416; any multiple of 32 works, smaller is faster and misses small faces). */
  inputSize: 416,
  /** Smallest face score kept (`scoreThreshold` default 0.5). */
  scoreThreshold: 0.5,
  /** NMS IoU threshold (`IOU_THRESHOLD = 0.4`). */
  iouThreshold: 0.4,
  /** Most faces returned: every grid box could be one (13 × 13 × 5 at 416 px); no cap in face-api.js. */
  maxResults: Number.POSITIVE_INFINITY,
} as const;

/** How `TinyFaceDetector.load` sets the detector up. */
export interface TinyFaceDetectorOptions {
  /** Input side in px, a multiple of 32 (default 416). */
  inputSize?: number;
}

/** face-api.js's Tiny Face Detector on facelab's tfjs-core. */
export class TinyFaceDetector implements Detector {
  readonly name = "tiny-face-detector";
  readonly hasLandmarks = false;
  private constructor(
    private readonly weights: WeightMap,
    /** The network's input side, px. */
    readonly inputSize: number,
  ) {}

  /** Loads `tiny_face_detector_model*` through `read` (190 KB, uint8-quantised). */
  static async load(read: ModelFileReader, { inputSize = DEFAULT_TINY_CONFIG.inputSize }: TinyFaceDetectorOptions = {}): Promise<TinyFaceDetector> {
    if (!(Number.isInteger(inputSize) && inputSize >= 64 && inputSize % 32 === 0)) {
      throw new RangeError(`inputSize must be a multiple of 32 of at least 64, got ${inputSize}`);
    }
    return new TinyFaceDetector(await loadWeightMap(read, TINY_MANIFEST, TINY_WEIGHT_NAMES), inputSize);
  }

  /** Faces in `pixels`, best first; `scoreThreshold` defaults to 0.5. */
  async detect(pixels: Pixels, options: DetectorOptions = {}): Promise<Detection[]> {
    const threshold = checkScoreThreshold(options.scoreThreshold ?? DEFAULT_TINY_CONFIG.scoreThreshold);
    return detectWithinBudget(pixels, options, async (input) => {
      const x = squareInput(input, this.inputSize);
      let grid: tf.Tensor4D;
      try {
        grid = tinyFaceDetector(x, this.weights); // [1, cells, cells, 25]
      } finally {
        x.dispose();
      }
      let data: Float32Array;
      try {
        data = (await grid.data()) as Float32Array;
      } finally {
        grid.dispose();
      }
      const { iouThreshold, maxResults } = DEFAULT_TINY_CONFIG;
      const candidates = decodeTinyGrid(data, grid.shape[1], threshold);
      return squareDetections(candidates, { width: input.width, height: input.height, iouThreshold, maxResults });
    });
  }

  /** Frees the weights. */
  dispose(): void {
    disposeWeightMap(this.weights);
  }
}
