/**
 * Input normalisations of face embedders, as data (so pages can print them) plus the tensor op.
 * "prewhiten" is FaceNet's (davidsandberg/facenet `facenet.prewhiten`): per image, subtract the mean
 * and divide by the standard deviation, floored at 1/√(pixels) so a flat image does not blow up.
 * "affine" covers the fixed ones: `(x − mean) · scale`, e.g. ArcFace's (x − 127.5) / 128.
 */
import * as tf from "@tensorflow/tfjs-core";

export type Normalisation = { kind: "prewhiten" } | { kind: "affine"; mean: number | readonly [number, number, number]; scale: number };

/** FaceNet's per-image whitening. */
export const PREWHITEN: Normalisation = Object.freeze({ kind: "prewhiten" });

/** The normalisation in words. */
export function describeNormalisation(n: Normalisation): string {
  if (n.kind === "prewhiten") return "per image (x − mean) / max(std, 1/√(h·w·3)) (facenet prewhiten)";
  const mean = typeof n.mean === "number" ? String(n.mean) : `[${n.mean.join(", ")}]`;
  return `(x − ${mean}) · ${n.scale}`;
}

/** `n` applied to raw 0…255 RGB `[b, h, w, 3]`. */
export function normalise(batch: tf.Tensor4D, n: Normalisation): tf.Tensor4D {
  return tf.tidy(() => {
    if (n.kind === "affine") {
      const mean = typeof n.mean === "number" ? tf.scalar(n.mean) : tf.tensor1d([...n.mean]);
      return tf.mul(tf.sub(batch, mean), n.scale);
    }
    const [, h, w, c] = batch.shape;
    const { mean, variance } = tf.moments(batch, [1, 2, 3], true); // [b, 1, 1, 1]
    const std = tf.maximum(tf.sqrt(variance), 1 / Math.sqrt(h * w * c));
    return tf.div(tf.sub(batch, mean), std);
  });
}
