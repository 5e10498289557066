/**
 * MTCNN behind the `Detector` interface: the cascade keeps its own options (pyramid, three
 * thresholds), fixed when the adapter is made; `scoreThreshold` in `detect` replaces O-Net's
 * threshold, the one that decides the final faces.
 */
import type { Face, Pixels } from "../core/types.js";
import type { DetectOptions, Mtcnn } from "../mtcnn/detector.js";
import { DEFAULT_MTCNN_CONFIG, type MtcnnOptions } from "../mtcnn/options.js";
import { checkScoreThreshold, type Detector, type DetectorOptions } from "./detector.js";

/** `mtcnn` as a `Detector` running with `base` options; disposing it disposes `mtcnn`. */
export function mtcnnDetector(mtcnn: Mtcnn, base: MtcnnOptions = {}): Detector & { detect(pixels: Pixels, options?: DetectorOptions): Promise<Face[]> } {
  return {
    name: "mtcnn",
    hasLandmarks: true,
    detect: async (pixels, { scoreThreshold, ...limits } = {}) => {
      const options: DetectOptions = { ...base, ...limits };
      if (scoreThreshold !== undefined) {
        const [p, r] = base.thresholds ?? DEFAULT_MTCNN_CONFIG.thresholds;
        options.thresholds = [p, r, checkScoreThreshold(scoreThreshold)];
      }
      return mtcnn.detect(pixels, options);
    },
    dispose: () => mtcnn.dispose(),
  };
}
