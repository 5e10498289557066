/**
 * SSD MobileNet v1 (face-api.js's face detector, the weights `@vladmandic/face-api` ships) behind the
 * `Detector` interface: one forward pass on a 512 × 512 square, one read of every anchor's box and
 * score, then threshold, NMS and the mapping back to source pixels. No landmarks.
 */
import * as tf from "@tensorflow/tfjs-core";
import type { Box, Detection, ModelFileReader, Pixels } from "../core/types.js";
import { checkScoreThreshold, type Detector, type DetectorOptions } from "./detector.js";
import { detectWithinBudget } from "./detectWithinBudget.js";
import { squareDetections, type UnitCandidate } from "./squareDetections.js";
import { squareInput } from "./squareInput.js";
import { SSD_WEIGHT_NAMES, ssdMobilenetV1 } from "./ssdMobilenetV1Net.js";
import { disposeWeightMap, loadWeightMap, type WeightMap } from "./weightMap.js";

/** The manifest's file name in `@vladmandic/face-api/model/`. */
export const SSD_MANIFEST = "ssd_mobilenetv1_model-weights_manifest.json";

/** SSD MobileNet v1's constants, from face-api.js 0.22 `SsdMobilenetv1.ts` and `SsdMobilenetv1Options.ts`. */
export const DEFAULT_SSD_CONFIG = {
  /** The network's input side, px (`toBatchTensor(512, false)`): the anchors are laid out for it. */
  inputSize: 512,
  /** Smallest face score kept (`minConfidence` default 0.5). */
  scoreThreshold: 0.5,
  /** NMS IoU threshold (`iouThreshold = 0.5` in `locateFaces`). */
  iouThreshold: 0.5,
  /** Most faces returned (`maxResults` default 100). */
  maxResults: 100,
} as const;

/** Anchors with score above `threshold` from `[n, 5]` rows `[ymin, xmin, ymax, xmax, score]` in the unit square. */
export function ssdCandidates(rows: ArrayLike<number>, threshold: number): UnitCandidate[] {
  const out: UnitCandidate[] = [];
  for (let o = 0; o + 4 < rows.length; o += 5) {
    const score = rows[o + 4];
    if (score > threshold) out.push({ box: [rows[o + 1], rows[o], rows[o + 3], rows[o + 2]] as Box, score });
  }
  return out;
}

/** face-api.js's SSD MobileNet v1 face detector on facelab's tfjs-core. */
export class SsdMobilenetV1 implements Detector {
  readonly name = "ssd-mobilenet-v1";
  readonly hasLandmarks = false;
  private constructor(private readonly weights: WeightMap) {}

  /** Loads `ssd_mobilenetv1_model*` through `read` (5.6 MB, uint8-quantised). */
  static async load(read: ModelFileReader): Promise<SsdMobilenetV1> {
    return new SsdMobilenetV1(await loadWeightMap(read, SSD_MANIFEST, SSD_WEIGHT_NAMES));
  }

  /** Faces in `pixels`, best first; `scoreThreshold` defaults to 0.5. */
  async detect(pixels: Pixels, options: DetectorOptions = {}): Promise<Detection[]> {
    const threshold = checkScoreThreshold(options.scoreThreshold ?? DEFAULT_SSD_CONFIG.scoreThreshold);
    return detectWithinBudget(pixels, options, async (input) => {
      const rows = tf.tidy(() => {
        const { boxes, scores } = ssdMobilenetV1(squareInput(input, DEFAULT_SSD_CONFIG.inputSize), this.weights);
        return tf.concat([boxes, tf.expandDims(scores, 1)], 1); // [5118, 5]
      });
      let data: Float32Array;
      try {
        data = (await rows.data()) as Float32Array;
      } finally {
        rows.dispose();
      }
      const { iouThreshold, maxResults } = DEFAULT_SSD_CONFIG;
      return squareDetections(ssdCandidates(data, threshold), { width: input.width, height: input.height, iouThreshold, maxResults });
    });
  }

  /** Frees the weights. */
  dispose(): void {
    disposeWeightMap(this.weights);
  }
}
