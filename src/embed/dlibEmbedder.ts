/**
 * dlib's 128-D face-recognition ResNet as an `Embedder`: weights loaded once, faces aligned as dlib's
 * own pipeline does (`dlibChip`), embedded in batches. Embeddings are dlib's unnormalised descriptors:
 * two photos of one person are usually closer than 0.6 in Euclidean distance (dlib's threshold).
 */
import type * as tf from "@tensorflow/tfjs-core";
import type { Face, Pixels } from "../core/types.js";
import { dlibChip } from "../align/dlibChip.js";
import type { ModelFileReader } from "../core/types.js";
import type { Embedder, Embedding } from "./embedder.js";
import { embedPixels } from "./embedPixels.js";
import { DLIB_INPUT, type DlibStandardisation, dlibResnet } from "./dlibResnet.js";
import type { DlibWeights } from "./dlibWeights.js";
import { loadDlibWeights } from "./loadDlibWeights.js";

/** dlib's recommended same-person threshold on the Euclidean distance of descriptors (dlib-models README). */
export const DLIB_THRESHOLD = 0.6;

/**
 * The same-person threshold for unit-length embeddings (what the face database and the centroid
 * matcher compare): the distance every one of LFW View 2's ten folds chooses for this pipeline
 * (`facelab lfw eval`, data/lfw/results.json: squared distance 0.17, √0.17 = 0.412). It is dlib's 0.6
 * rescaled: dlib's descriptors are ≈ 1.4 long (median 1.42 over data/lfw's 13,233, mirror
 * averaged in), and 0.6 / 1.42 ≈ 0.42.
 */
export const DLIB_UNIT_THRESHOLD = 0.41;
export interface DlibEmbedderOptions {
  /**
   * "fixed" (default): the network's own input normalisation. "prewhiten": facenet's per-image
   * standardisation instead — an ablation only; the network was not trained on it.
   */
  standardisation?: DlibStandardisation;
}

export class DlibEmbedder implements Embedder {
  readonly inputSize = DLIB_INPUT.size;
  readonly dimension = DLIB_INPUT.dimension;
  readonly normalisation: string;

  private constructor(
    private readonly weights: DlibWeights,
    private readonly standardisation: DlibStandardisation,
  ) {
    this.normalisation =
      standardisation === "fixed"
        ? `(RGB − [${DLIB_INPUT.meanRgb.join(", ")}]) / ${DLIB_INPUT.divisor}`
        : "per image (RGB − mean) / max(std, 1/√(h·w·3)) (facenet prewhiten)";
  }

  /** Loads the weights through `read` (the `model/` files of `@vladmandic/face-api`). */
  static async load(read: ModelFileReader, options: DlibEmbedderOptions = {}): Promise<DlibEmbedder> {
    const standardisation = options.standardisation ?? "fixed";
    if (standardisation !== "fixed" && standardisation !== "prewhiten") {
      throw new RangeError(`DlibEmbedder: standardisation must be "fixed" or "prewhiten", got "${standardisation}"`);
    }
    return new DlibEmbedder(await loadDlibWeights(read), standardisation);
  }

  /** dlib's 150×150 chip: the five landmarks fitted to its mean face with 25 % padding. */
  align(pixels: Pixels, face: Face): Pixels {
    return dlibChip(pixels, face.landmarks, this.inputSize);
  }

  embed(faces: readonly Pixels[]): Promise<Embedding[]> {
    return embedPixels((batch) => this.forward(batch), faces, this.inputSize, this.dimension);
  }

  forward(batch: tf.Tensor4D): tf.Tensor2D {
    return dlibResnet(batch, this.weights, this.standardisation);
  }

  dispose(): void {
    for (const t of this.weights.values()) t.dispose();
    this.weights.clear();
  }
}
