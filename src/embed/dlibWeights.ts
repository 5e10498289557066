/**
 * dlib's ResNet weights as loaded (loadDlibWeights.ts) and read by the layers: a map by manifest name,
 * and the one lookup that names a missing weight. Apart from the loader so that the load-time passes
 * (foldAffine.ts) and the forward pass can read weights without importing the loader.
 */
import type * as tf from "@tensorflow/tfjs-core";

/** The ResNet's weights by manifest name (`conv32_1/conv1/conv/filters`, …, `fc`). */
export type DlibWeights = Map<string, tf.Tensor>;

/** Looks up a weight, with an error naming it if it is missing. */
export function dlibWeight<R extends tf.Rank>(w: DlibWeights, name: string): tf.Tensor<R> {
  const t = w.get(name);
  if (!t) throw new Error(`dlib ResNet weights: missing "${name}" (is the weights manifest complete?)`);
  return t as tf.Tensor<R>;
}
