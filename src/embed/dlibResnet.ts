/**
 * The forward pass of dlib's face-recognition ResNet (`dlib_face_recognition_resnet_model_v1`): a
 * ResNet-34 with some layers removed and half the filters, 29 conv layers in all, trained by Davis
 * King with a pairwise hinge loss that puts each identity inside a ball of radius 0.6. The layer
 * sequence and the input normalisation follow face-api.js `src/faceRecognitionNet/
 * FaceRecognitionNet.ts`, which ported the network to TensorFlow.js.
 */
import * as tf from "@tensorflow/tfjs-core";
import { convAffine, residual, residualDown } from "./dlibLayers.js";
import { dlibWeight, type DlibWeights } from "./dlibWeights.js";
import { normalise, PREWHITEN } from "./normalisation.js";

/** Input side, the per-channel RGB mean subtracted and the divisor (face-api.js FaceRecognitionNet). */
export const DLIB_INPUT = Object.freeze({ size: 150, meanRgb: Object.freeze([122.782, 117.001, 104.298]), divisor: 255, dimension: 128 });

/** Residual stages after the stem: [block name, down-sampling?] in order. */
const BLOCKS: readonly [string, boolean][] = [
  ["conv32_1", false],
  ["conv32_2", false],
  ["conv32_3", false],
  ["conv64_down", true],
  ["conv64_1", false],
  ["conv64_2", false],
  ["conv64_3", false],
  ["conv128_down", true],
  ["conv128_1", false],
  ["conv128_2", false],
  ["conv256_down", true],
  ["conv256_1", false],
  ["conv256_2", false],
  ["conv256_down_out", true],
];

/** `(x − meanRgb) / 255` on raw 0…255 RGB. */
function dlibNormalise(batch: tf.Tensor4D): tf.Tensor4D {
  return tf.tidy(() => tf.div(tf.sub(batch, tf.tensor1d([...DLIB_INPUT.meanRgb])), DLIB_INPUT.divisor));
}

/**
 * How the input is standardised before the first layer: "fixed" is the network's own `(x − meanRgb) / 255`,
 * the one it was trained with; "prewhiten" is facenet's per-image `(x − mean) / std` instead — only as an
 * ablation (a network fed a standardisation it was not trained on), as facenet's `validate_on_lfw.py`
 * does to a fixed-standardisation model run without `--use_fixed_image_standardization`.
 */
export type DlibStandardisation = "fixed" | "prewhiten";

/** Raw 0…255 RGB faces `[n, 150, 150, 3]` → unnormalised descriptors `[n, 128]`. */
export function dlibResnet(batch: tf.Tensor4D, w: DlibWeights, standardisation: DlibStandardisation = "fixed"): tf.Tensor2D {
  return tf.tidy(() => {
    const input = standardisation === "fixed" ? dlibNormalise(batch) : normalise(batch, PREWHITEN);
    let x = convAffine(input, w, "conv32_down", 2, "relu"); // [n, 72, 72, 32]
    x = tf.maxPool(x, 3, 2, "valid"); // [n, 35, 35, 32]
    for (const [block, down] of BLOCKS) x = down ? residualDown(x, w, block) : residual(x, w, block);
    // x: [n, 2, 2, 256] after 35 → 17 → 8 → 4 → 2
    return tf.matMul(tf.mean(x, [1, 2]) as tf.Tensor2D, dlibWeight<tf.Rank.R2>(w, "fc")); // [n, 128]
  });
}
