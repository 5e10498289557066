/**
 * The forward pass of face-api.js's Tiny Face Detector (Vincent Mühler): a Tiny-YOLOv2-style network
 * with depthwise-separable convolutions, trained by its author on ~14k face images, on tfjs-core. It
 * follows face-api.js 0.22 `tinyYolov2/TinyYolov2Base.ts` (`runMobilenet` with `isFirstLayerConv2d`)
 * and `tinyFaceDetector/const.ts`: one 3×3 conv, five separable convs with leaky ReLU (slope 0.1) and
 * max-pooling down to a 13 × 13 grid at 416 px, and a 1×1 conv giving 5 boxes × (4 + 1) per cell.
 */
import * as tf from "@tensorflow/tfjs-core";
import { weight, type WeightMap } from "./weightMap.js";

/** Per-channel RGB mean subtracted from the input (face-api.js `tinyFaceDetector/const.ts` MEAN_RGB). */
export const TINY_MEAN_RGB = [117.001, 114.697, 97.404] as const;

/** The weights one forward pass reads (checked at load). */
export const TINY_WEIGHT_NAMES: readonly string[] = [
  "conv0/filters",
  "conv0/bias",
  ...[1, 2, 3, 4, 5].flatMap((i) => [`conv${i}/depthwise_filter`, `conv${i}/pointwise_filter`, `conv${i}/bias`]),
  "conv8/filters",
  "conv8/bias",
];

/** Leaky ReLU with slope 0.1, as face-api.js writes it (`leaky.ts`). */
function leaky(x: tf.Tensor4D): tf.Tensor4D {
  const min = tf.mul(x, 0.10000000149011612);
  return tf.add(tf.relu(tf.sub(x, min)), min);
}

/** Zero-pad by one, separable 3×3 conv, bias, leaky ReLU (face-api.js `depthwiseSeparableConv.ts`). */
function separable(x: tf.Tensor4D, w: WeightMap, i: number): tf.Tensor4D {
  const padded = tf.pad(x, [
    [0, 0],
    [1, 1],
    [1, 1],
    [0, 0],
  ]);
  const out = tf.separableConv2d(padded, weight<tf.Tensor4D>(w, `conv${i}/depthwise_filter`), weight<tf.Tensor4D>(w, `conv${i}/pointwise_filter`), 1, "valid");
  return leaky(tf.add(out, weight(w, `conv${i}/bias`)));
}

/** A `size`-px input `[1, size, size, 3]` of 0…255 values → the raw grid `[1, size/32, size/32, 25]`. */
export function tinyFaceDetector(input: tf.Tensor4D, w: WeightMap): tf.Tensor4D {
  return tf.tidy(() => {
    const mean = tf.tensor1d([...TINY_MEAN_RGB]);
    const x = tf.div(tf.sub(input, mean), 256) as tf.Tensor4D;
    // conv0 has "valid" padding in the original (416 → 414), unlike the separable layers
    let out = leaky(tf.add(tf.conv2d(x, weight<tf.Tensor4D>(w, "conv0/filters"), 1, "valid"), weight(w, "conv0/bias")));
    for (let i = 1; i <= 5; i++) out = separable(tf.maxPool(out, 2, 2, "same"), w, i);
    out = tf.maxPool(out, 2, 1, "same"); // 13 × 13 at 416 px
    return tf.add(tf.conv2d(out, weight<tf.Tensor4D>(w, "conv8/filters"), 1, "valid"), weight(w, "conv8/bias")) as tf.Tensor4D;
  });
}
