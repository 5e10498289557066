/**
 * The forward pass of face-api.js's 68-point face landmark net (Vincent Mühler; the weights
 * `@vladmandic/face-api` ships as `face_landmark_68_model`), on tfjs-core. It follows face-api.js 0.22
 * `faceFeatureExtractor/FaceFeatureExtractor.ts` and `faceLandmarkNet/FaceLandmark68Net.ts`: four dense
 * blocks of (separable) 3×3 convolutions, each halving the resolution (112 → 7), a 7×7 average pool
 * and one fully connected layer giving 68 (x, y) pairs in [0, 1] of the square input — the iBUG 300-W
 * mark-up that dlib's 68-point shape predictor also uses.
 */
import * as tf from "@tensorflow/tfjs-core";
import { weight, type WeightMap } from "../detect/weightMap.js";

/** Side of the square input, px. */
export const LANDMARK68_INPUT = 112;

/** Per-channel RGB mean subtracted before dividing by 255 (`FaceFeatureExtractor.forwardInput`). */
export const LANDMARK68_MEAN_RGB = [122.782, 117.001, 104.298] as const;

const CONVS = ["conv0", "conv1", "conv2", "conv3"] as const;

/** The weights one forward pass reads (checked at load). */
export const LANDMARK68_WEIGHT_NAMES: readonly string[] = [
  "dense0/conv0/filters",
  "dense0/conv0/bias",
  ...[0, 1, 2, 3].flatMap((d) =>
    CONVS.filter((c) => !(d === 0 && c === "conv0")).flatMap((c) => [
      `dense${d}/${c}/depthwise_filter`,
      `dense${d}/${c}/pointwise_filter`,
      `dense${d}/${c}/bias`,
    ]),
  ),
  "fc/weights",
  "fc/bias",
];

/** Separable 3×3 conv with "same" padding plus bias (face-api.js `depthwiseSeparableConv`). */
function separable(x: tf.Tensor4D, w: WeightMap, name: string, stride: number): tf.Tensor4D {
  const out = tf.separableConv2d(x, weight<tf.Tensor4D>(w, `${name}/depthwise_filter`), weight<tf.Tensor4D>(w, `${name}/pointwise_filter`), stride, "same");
  return tf.add(out, weight(w, `${name}/bias`));
}

/** face-api.js `denseBlock4`: each conv's input is the ReLU of the sum of all earlier outputs. */
function denseBlock(x: tf.Tensor4D, w: WeightMap, d: number): tf.Tensor4D {
  const first =
    d === 0
      ? tf.add(tf.conv2d(x, weight<tf.Tensor4D>(w, "dense0/conv0/filters"), 2, "same"), weight(w, "dense0/conv0/bias"))
      : separable(x, w, `dense${d}/conv0`, 2);
  const out1 = tf.relu(first) as tf.Tensor4D;
  const out2 = separable(out1, w, `dense${d}/conv1`, 1);
  const out3 = separable(tf.relu(tf.add(out1, out2)) as tf.Tensor4D, w, `dense${d}/conv2`, 1);
  const out4 = separable(tf.relu(tf.add(out1, tf.add(out2, out3))) as tf.Tensor4D, w, `dense${d}/conv3`, 1);
  return tf.relu(tf.add(out1, tf.add(out2, tf.add(out3, out4)))) as tf.Tensor4D;
}

/** A batch `[n, 112, 112, 3]` of 0…255 RGB → `[n, 136]`: x0, y0, x1, y1… in [0, 1] of the input square. */
export function faceLandmark68(input: tf.Tensor4D, w: WeightMap): tf.Tensor2D {
  return tf.tidy(() => {
    const mean = tf.tensor1d([...LANDMARK68_MEAN_RGB]);
    let x = tf.div(tf.sub(input, mean), 255) as tf.Tensor4D;
    for (let d = 0; d < 4; d++) x = denseBlock(x, w, d);
    const pooled = tf.avgPool(x, [7, 7], [2, 2], "valid");
    const flat = tf.reshape(pooled, [pooled.shape[0], -1]) as tf.Tensor2D;
    return tf.add(tf.matMul(flat, weight<tf.Tensor2D>(w, "fc/weights")), weight(w, "fc/bias"));
  });
}
