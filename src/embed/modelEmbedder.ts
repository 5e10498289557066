/**
 * Any TensorFlow.js model as an `Embedder`: a `GraphModel` from `tensorflowjs_converter` (e.g. a
 * FaceNet frozen graph, 160×160 → 512-D) or a `LayersModel`. The adapter adds what the model file does
 * not carry: the input normalisation, the crop (facenet's margin crop by default) and batching.
 */
import * as tf from "@tensorflow/tfjs-core";
import type { Face, Pixels } from "../core/types.js";
import { marginCrop } from "../align/marginCrop.js";
import type { Embedder, Embedding } from "./embedder.js";
import { embedPixels } from "./embedPixels.js";
import { describeNormalisation, normalise, PREWHITEN, type Normalisation } from "./normalisation.js";

/** A loaded model: anything with tfjs's `predict` and declared tensor shapes (GraphModel, LayersModel). */
export interface EmbeddingModel {
  /** The image batch; with `feeds`, a name → tensor map (which `GraphModel.predict` accepts). */
  predict(inputs: tf.Tensor): tf.Tensor | tf.Tensor[] | tf.NamedTensorMap;
  /** Declared inputs/outputs; unknown dimensions are null (LayersModel) or -1 (GraphModel). */
  readonly inputs?: readonly { shape?: readonly (number | null)[] }[];
  readonly outputs?: readonly { shape?: readonly (number | null)[] }[];
  /** Runs the graph to the named node(s) (GraphModel), for models with several outputs. */
  execute?(inputs: tf.Tensor | tf.NamedTensorMap, outputs?: string | string[]): tf.Tensor | tf.Tensor[];
  dispose?(): unknown;
}

export interface ModelEmbedderOptions {
  /** Input side in pixels. Default: the model's declared input height, else 160 (FaceNet). */
  inputSize?: number;
  /** Embedding length. Default: the model's declared output width (required if it is not declared). */
  dimension?: number;
  /** Input normalisation. Default: FaceNet's per-image prewhitening. */
  normalisation?: Normalisation;
  /** The face crop. Default: facenet's margin crop (margin 32 at 160 px, scaled with `inputSize`). */
  align?: (pixels: Pixels, face: Face, size: number) => Pixels;
  /** Name of the image input when other inputs are fed too (GraphModel). Default "input". */
  inputName?: string;
  /** Scalar inputs fed with every batch, e.g. `{ phase_train: false }` for a FaceNet graph. */
  feeds?: Record<string, boolean | number>;
  /** Colour order the network was trained on. Default "rgb"; "bgr" for OpenCV-fed models. */
  channels?: "rgb" | "bgr";
  /** The node holding the embedding, for a GraphModel with several outputs (run with `execute`). */
  output?: string;
}

/** A declared dimension, if the model states it. */
function declared(info: EmbeddingModel["inputs"], axis: number): number | undefined {
  const d = info?.[0]?.shape?.[axis];
  return typeof d === "number" && d > 0 ? d : undefined;
}

/** The face crop FaceNet evaluation uses, at `size`. */
function facenetCrop(pixels: Pixels, face: Face, size: number): Pixels {
  return marginCrop(pixels, face.box, { size, margin: Math.round((32 * size) / 160) });
}

/** Wraps `model` as an `Embedder`; see `ModelEmbedderOptions` for the defaults. */
export function modelEmbedder(model: EmbeddingModel, options: ModelEmbedderOptions = {}): Embedder {
  const inputSize = options.inputSize ?? declared(model.inputs, 1) ?? 160;
  const dimension = options.dimension ?? declared(model.outputs, 1);
  if (dimension === undefined) throw new Error("modelEmbedder: the model does not declare its output width; pass `dimension`");
  const norm = options.normalisation ?? PREWHITEN;
  const align = options.align ?? facenetCrop;
  const feeds = Object.entries(options.feeds ?? {});
  const forward = (batch: tf.Tensor4D): tf.Tensor2D =>
    tf.tidy(() => {
      // RGB → BGR as a 1×1 convolution by the swap matrix: exact, and far cheaper than wasm's Reverse.
      const x = normalise(options.channels === "bgr" ? tf.conv2d(batch, tf.tensor4d([0, 0, 1, 0, 1, 0, 1, 0, 0], [1, 1, 3, 3]), 1, "valid") : batch, norm);
      const input =
        feeds.length === 0
          ? x
          : (Object.fromEntries([
              [options.inputName ?? "input", x],
              ...feeds.map(([k, v]) => [k, tf.scalar(v, typeof v === "boolean" ? "bool" : "float32")]),
            ]) as tf.NamedTensorMap);
      let y: tf.Tensor | tf.Tensor[] | tf.NamedTensorMap;
      if (options.output === undefined)
        y = model.predict(input as tf.Tensor); // a NamedTensorMap only when `feeds` are given (GraphModel)
      else if (model.execute) y = model.execute(input, options.output);
      else throw new Error("modelEmbedder: `output` needs a model with `execute` (a GraphModel)");
      if (!(y instanceof tf.Tensor)) throw new Error("modelEmbedder: the model must have exactly one output");
      return tf.reshape(y, [batch.shape[0], -1]) as tf.Tensor2D;
    });
  return {
    inputSize,
    dimension,
    normalisation: describeNormalisation(norm),
    align: (pixels, face) => align(pixels, face, inputSize),
    embed: (faces: readonly Pixels[]): Promise<Embedding[]> => embedPixels(forward, faces, inputSize, dimension),
    forward,
    dispose: () => void model.dispose?.(),
  };
}
