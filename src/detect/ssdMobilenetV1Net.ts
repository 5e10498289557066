/**
 * The forward pass of face-api.js's SSD MobileNet v1 face detector (Vincent Mühler's port of a
 * TensorFlow Object Detection API model trained on WIDER FACE), on tfjs-core, following face-api.js
 * 0.22 `ssdMobilenetv1/` (`mobileNetV1.ts`, `predictionLayer.ts`, `outputLayer.ts`) layer for layer:
 * MobileNet v1 (depthwise-separable convs, ReLU6), eight extra convs, six box predictors over feature
 * maps of 32², 16², 8², 4², 2² and 1² cells (5,118 anchors), and the SSD box decoding.
 */
import * as tf from "@tensorflow/tfjs-core";
import { weight, type WeightMap } from "./weightMap.js";

/** Batch-norm epsilon of the exported graph (face-api.js `mobileNetV1.ts`). */
const BN_EPSILON = 0.0010000000474974513;

/** MobileNet layers whose depthwise conv has stride 2 (the rest have stride 1). */
const STRIDE_2 = new Set([2, 4, 6, 12]);

/** The weights one forward pass reads (checked at load). */
export const SSD_WEIGHT_NAMES: readonly string[] = [
  "Output/extra_dim",
  ...Array.from({ length: 14 }, (_, i) => `MobilenetV1/Conv2d_${i}_pointwise/weights`),
  ...Array.from({ length: 8 }, (_, i) => `Prediction/Conv2d_${i}_pointwise/weights`),
  ...Array.from({ length: 6 }, (_, i) => `Prediction/BoxPredictor_${i}/ClassPredictor/weights`),
];

/** Conv (no bias; batch norm folded into an offset) then ReLU6, as face-api.js `pointwiseConvLayer`. */
function pointwise(x: tf.Tensor4D, w: WeightMap, prefix: string, stride: 1 | 2): tf.Tensor4D {
  const out = tf.conv2d(x, weight<tf.Tensor4D>(w, `${prefix}/weights`), stride, "same");
  return tf.clipByValue(tf.add(out, weight(w, `${prefix}/convolution_bn_offset`)), 0, 6) as tf.Tensor4D;
}

/** Depthwise conv, batch norm, ReLU6. */
function depthwise(x: tf.Tensor4D, w: WeightMap, i: number): tf.Tensor4D {
  const p = `MobilenetV1/Conv2d_${i}_depthwise`;
  const stride = STRIDE_2.has(i) ? 2 : 1;
  const out = tf.depthwiseConv2d(x, weight<tf.Tensor4D>(w, `${p}/depthwise_weights`), stride, "same");
  const bn = (k: string) => weight<tf.Tensor1D>(w, `${p}/BatchNorm/${k}`);
  return tf.clipByValue(tf.batchNorm(out, bn("moving_mean"), bn("moving_variance"), bn("beta"), bn("gamma"), BN_EPSILON), 0, 6);
}

/** One box predictor: `[1, cells·k, 4]` box encodings and `[1, cells·k, 3]` class logits. */
function boxPredictor(x: tf.Tensor4D, w: WeightMap, i: number): [tf.Tensor3D, tf.Tensor3D] {
  const conv = (kind: string) => {
    const p = `Prediction/BoxPredictor_${i}/${kind}`;
    return tf.add(tf.conv2d(x, weight<tf.Tensor4D>(w, `${p}/weights`), 1, "same"), weight(w, `${p}/biases`));
  };
  return [tf.reshape(conv("BoxEncodingPredictor"), [1, -1, 4]), tf.reshape(conv("ClassPredictor"), [1, -1, 3])];
}

/**
 * SSD decoding (TF Object Detection API's `FasterRcnnBoxCoder`, scales 10, 10, 5, 5): anchors and
 * boxes are `[ymin, xmin, ymax, xmax]` in the unit square; returns `[n, 4]` in the same layout.
 */
function decodeBoxes(anchors: tf.Tensor2D, encodings: tf.Tensor2D): tf.Tensor2D {
  const [ay1, ax1, ay2, ax2] = tf.unstack(anchors, 1);
  const [ty, tx, th, tw] = tf.unstack(encodings, 1);
  const ha = tf.sub(ay2, ay1);
  const wa = tf.sub(ax2, ax1);
  const cy = tf.add(tf.mul(tf.div(ty, 10), ha), tf.add(ay1, tf.div(ha, 2)));
  const cx = tf.add(tf.mul(tf.div(tx, 10), wa), tf.add(ax1, tf.div(wa, 2)));
  const halfH = tf.div(tf.mul(tf.exp(tf.div(th, 5)), ha), 2);
  const halfW = tf.div(tf.mul(tf.exp(tf.div(tw, 5)), wa), 2);
  return tf.stack([tf.sub(cy, halfH), tf.sub(cx, halfW), tf.add(cy, halfH), tf.add(cx, halfW)], 1) as tf.Tensor2D;
}

/**
 * One image `[1, 512, 512, 3]` of 0…255 values → every anchor's box `[5118, 4]` (`[ymin, xmin, ymax,
 * xmax]` in the unit square of the input) and face score `[5118]` (sigmoid of the face class).
 */
export function ssdMobilenetV1(input: tf.Tensor4D, w: WeightMap): { boxes: tf.Tensor2D; scores: tf.Tensor1D } {
  return tf.tidy(() => {
    // MobileNet's normalisation: 0…255 → −1…1 (face-api.js uses 0.007843137718737125 ≈ 2/255)
    let x = tf.sub(tf.mul(input, 0.007843137718737125), 1) as tf.Tensor4D;
    x = pointwise(x, w, "MobilenetV1/Conv2d_0_pointwise", 2); // [1, 256, 256, 32]
    let conv11 = x;
    for (let i = 1; i <= 13; i++) {
      x = pointwise(depthwise(x, w, i), w, `MobilenetV1/Conv2d_${i}_pointwise`, 1);
      if (i === 11) conv11 = x; // [1, 32, 32, 512]
    }
    // x: [1, 16, 16, 1024]; the extra layers halve it four times: 8², 4², 2², 1²
    const extra: tf.Tensor4D[] = [];
    let y = x;
    for (let i = 0; i < 8; i++) {
      y = pointwise(y, w, `Prediction/Conv2d_${i}_pointwise`, i % 2 === 1 ? 2 : 1);
      if (i % 2 === 1) extra.push(y);
    }
    const predictions = [conv11, x, ...extra].map((f, i) => boxPredictor(f, w, i));
    const encodings = tf.reshape(
      tf.concat(
        predictions.map(([b]) => b),
        1,
      ),
      [-1, 4],
    ) as tf.Tensor2D;
    const logits = tf.concat(
      predictions.map(([, c]) => c),
      1,
    ); // [1, 5118, 3]
    const anchors = tf.reshape(weight(w, "Output/extra_dim"), [-1, 4]) as tf.Tensor2D;
    const boxes = decodeBoxes(anchors, encodings);
    const scores = tf.reshape(tf.sigmoid(tf.slice(logits, [0, 0, 1], [1, -1, 1])), [-1]) as tf.Tensor1D;
    return { boxes, scores };
  });
}
