/**
 * Loads a TensorFlow.js weight manifest (and its shards) into named tensors, the format face-api.js
 * ships its detectors in. `tf.io.decodeWeights` dequantises uint8-stored arrays to float32 exactly as
 * face-api does, so both implementations compute on the same numbers.
 */
import * as tf from "@tensorflow/tfjs-core";
import type { ModelFileReader } from "../core/types.js";

/** A model's weights by their names in the manifest. */
export type WeightMap = Map<string, tf.Tensor>;

type Manifest = { paths: string[]; weights: tf.io.WeightsManifestEntry[] }[];

/** Reads `manifestFile` and its shards through `read`; throws naming the file and the first missing weight of `required`. */
export async function loadWeightMap(read: ModelFileReader, manifestFile: string, required: readonly string[]): Promise<WeightMap> {
  const manifest = JSON.parse(new TextDecoder().decode(await read(manifestFile))) as Manifest;
  const weights: WeightMap = new Map();
  for (const group of manifest) {
    const buffers = await Promise.all(group.paths.map((p) => read(p)));
    const decoded = tf.io.decodeWeights(tf.io.concatenateArrayBuffers(buffers), group.weights);
    for (const [name, t] of Object.entries(decoded)) weights.set(name, t);
  }
  const missing = required.find((name) => !weights.has(name));
  if (missing !== undefined) {
    disposeWeightMap(weights);
    throw new Error(`${manifestFile} has no weight "${missing}" (is it the right model's manifest?)`);
  }
  return weights;
}

/** Frees every tensor of `weights`. */
export function disposeWeightMap(weights: WeightMap): void {
  for (const t of weights.values()) t.dispose();
  weights.clear();
}

/** The weight `name` (loaded and checked by `loadWeightMap`) with the rank the caller expects. */
export function weight<T extends tf.Tensor>(weights: WeightMap, name: string): T {
  const t = weights.get(name);
  if (t === undefined) throw new Error(`weight "${name}" is not loaded`);
  return t as T;
}
