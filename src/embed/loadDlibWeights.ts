/**
 * Loads dlib's face-recognition ResNet weights (`dlib_face_recognition_resnet_model_v1`, Davis King)
 * from the TensorFlow.js weight manifest that `@vladmandic/face-api` ships
 * (`face_recognition_model-weights_manifest.json` + `face_recognition_model.bin`). The layout needs no
 * change: conv kernels are already HWIO, `fc` is `[256, 128]`. Most arrays are stored uint8-quantised
 * (scale and min per array); `tf.io.decodeWeights` dequantises them to float32 as face-api does, so
 * both implementations see the same numbers.
 */
import * as tf from "@tensorflow/tfjs-core";
import type { ModelFileReader } from "../core/types.js";
import type { DlibWeights } from "./dlibWeights.js";
import { foldAffine } from "./foldAffine.js";

/** The manifest's file name inside the package's `model/` folder. */
const DLIB_MANIFEST = "face_recognition_model-weights_manifest.json";

type Manifest = { paths: string[]; weights: tf.io.WeightsManifestEntry[] }[];

/** Reads the manifest and its shards through `read`, affine layers folded into their convs (foldAffine.ts); throws naming a missing weight. */
export async function loadDlibWeights(read: ModelFileReader): Promise<DlibWeights> {
  const manifest = JSON.parse(new TextDecoder().decode(await read(DLIB_MANIFEST))) as Manifest;
  const weights: DlibWeights = new Map();
  for (const group of manifest) {
    const buffers = await Promise.all(group.paths.map((p) => read(p)));
    const decoded = tf.io.decodeWeights(tf.io.concatenateArrayBuffers(buffers), group.weights);
    for (const [name, t] of Object.entries(decoded)) weights.set(name, t);
  }
  if (!weights.has("fc")) {
    for (const t of weights.values()) t.dispose();
    throw new Error(`dlib ResNet weights: ${DLIB_MANIFEST} has no "fc" (is this the face_recognition_model manifest?)`);
  }
  try {
    foldAffine(weights);
  } catch (e) {
    for (const t of weights.values()) t.dispose();
    throw e;
  }
  return weights;
}
