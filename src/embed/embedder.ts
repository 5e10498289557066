/**
 * The embedder interface every face-recognition network in facelab implements, so the pipeline, the
 * CLI and the pages work with dlib's ResNet (150×150 → 128-D) and with a user-converted FaceNet
 * (160×160 → 512-D) alike. An embedder knows the crop it was trained on (`align`), its input
 * normalisation, and runs batched.
 */
import type * as tf from "@tensorflow/tfjs-core";
import type { Face, Pixels } from "../core/types.js";

/** One face's embedding vector (length `Embedder.dimension`). */
export type Embedding = Float32Array;

export interface Embedder {
  /** Side in pixels of the square face crop the network takes (150 for dlib, 160 for FaceNet). */
  readonly inputSize: number;
  /** Length of an embedding (128 for dlib, 512 for FaceNet 20180402-114759). */
  readonly dimension: number;
  /** What the network does to 0…255 RGB before its first layer, in words (for pages and docs). */
  readonly normalisation: string;
  /** The `inputSize`×`inputSize` crop of `face` this network was trained on. */
  align(pixels: Pixels, face: Face): Pixels;
  /** Embeddings of aligned faces, batched; a face of another size is first resized to `inputSize`. */
  embed(faces: readonly Pixels[]): Promise<Embedding[]>;
  /** The network on raw 0…255 RGB `[n, inputSize, inputSize, 3]` → `[n, dimension]`; the caller disposes. */
  forward(batch: tf.Tensor4D): tf.Tensor2D;
  /** Frees the weights. */
  dispose(): void;
}
