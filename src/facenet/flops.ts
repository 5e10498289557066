/**
 * Parameter and arithmetic counts of a tfjs `LayersModel`, layer by layer, read from its layer
 * configs and weight shapes — nothing is executed (type-only tfjs import, so this runs without a
 * backend).
 *
 * Convention: the FaceNet paper (Schroff et al. 2015, §3.3, Tables 1–2, Fig. 4) counts "FLOPS" as
 * **multiply-adds** of the convolution and fully connected layers: Table 1's first row, NN1's
 * conv1 (7×7×3 kernels, stride 2, 220×220×3 → 110×110×64), is listed at 115M, and
 * 110·110·64 · 7·7·3 = 113.8M multiply-adds (bias adds included: 114.6M) — twice that if a multiply
 * and an add were counted apart. `multiplyAdds` is that number. Tools that count a multiply-add as two
 * FLOPs (e.g. OpenVINO's model cards) give about twice it. Everything else — bias adds, batch norm
 * (foldable into the preceding conv at inference), activations, pooling, residual sums, the final
 * L2 normalisation — is `otherOps`, one per element touched, reported apart so the page can show
 * how little it weighs.
 */
import type { layers, LayersModel } from "@tensorflow/tfjs-layers";

/** What the counter reads from a layer; `tfl.layers.Layer` has all of it. */
export type CountableLayer = Pick<layers.Layer, "name" | "getClassName" | "getConfig" | "inboundNodes" | "outputShape" | "weights" | "countParams">;

/** One layer's row of the cost table. All counts are per image (batch 1). */
export interface LayerCost {
  /** Layer name (facenet's TF scope for `inceptionResnetV1`). */
  name: string;
  /** tfjs class name: Conv2D, Dense, BatchNormalization, … */
  className: string;
  /** Output shape without the batch dimension. */
  outputShape: number[];
  /** Numbers in the layer's weights, trainable or not (`layer.countParams()`). */
  params: number;
  /** Kernel multiply-adds of conv / dense layers: the paper's "FLOPS". */
  multiplyAdds: number;
  /** Other arithmetic: bias, batch norm, activation, pooling, merge and normalisation ops, one per element. */
  otherOps: number;
  /** False when the counter does not know the layer's class; its costs are then reported as 0. */
  counted: boolean;
}

/** Totals over a model, with every layer's row. */
export interface ModelCost {
  rows: LayerCost[];
  /** `model.countParams()`: every weight, including batch-norm moving means and variances. */
  params: number;
  /** Only the trainable weights (without the moving statistics). */
  trainableParams: number;
  /** Σ multiplyAdds. */
  multiplyAdds: number;
  /** Σ otherOps. */
  otherOps: number;
  /** Names of the layers whose class the counter does not know. */
  uncounted: string[];
}

/** Classes with kernels: cost = output positions × kernel size (covers Conv1D/2D, depthwise, separable and dense). */
const KERNEL_CLASSES = new Set(["Conv1D", "Conv2D", "DepthwiseConv2D", "SeparableConv2D", "Dense"]);
/** Classes costing a fixed number of ops per output element. */
const PER_ELEMENT: Readonly<Record<string, number>> = {
  BatchNormalization: 1, // x·a + b once the statistics are folded
  ReLU: 1,
  Activation: 1,
  LeakyReLU: 1,
  ELU: 1,
  PReLU: 1,
  Softmax: 1,
  ScaledResidual: 1, // net + scale·up: one multiply-add
  L2Normalize: 2, // Σx² (one multiply-add) and one multiply per element
  Concatenate: 0,
  Flatten: 0,
  Reshape: 0,
  Dropout: 0,
  InputLayer: 0,
  ZeroPadding2D: 0,
  Permute: 0,
};
const MERGE_CLASSES = new Set(["Add", "Subtract", "Multiply", "Average", "Maximum", "Minimum"]);
const POOL_CLASSES = new Set(["MaxPooling2D", "AveragePooling2D", "MaxPooling1D", "AveragePooling1D"]);
const GLOBAL_POOL_CLASSES = new Set(["GlobalAveragePooling2D", "GlobalMaxPooling2D", "GlobalAveragePooling1D", "GlobalMaxPooling1D"]);

const product = (dims: readonly number[]) => dims.reduce((p, d) => p * d, 1);

/** A shape without its batch dimension, every other dimension known. */
function perImage(shape: readonly (number | null)[], layer: string): number[] {
  const rest = shape.slice(1);
  if (rest.some((d) => d == null))
    throw new Error(`flops: layer ${layer} has an unknown dimension in [${shape.join(", ")}]; build the model with a fixed input size`);
  return rest as number[];
}

/** The first of a layer's shapes (a merge layer's `inputShape` lists one per input). */
const firstShape = (s: readonly unknown[]) => (Array.isArray(s[0]) ? s[0] : s) as (number | null)[];

/** The shapes of a layer's inputs (one `Shape`, or a `Shape` per input), from its first inbound node. */
function inputShapes(layer: CountableLayer): unknown[] {
  const node = layer.inboundNodes[0];
  if (node == null) throw new Error(`flops: layer ${layer.name} is not connected; count the layers of a built model`);
  return node.inputShapes as unknown[];
}

/** How many tensors flow into a layer. */
function inputCount(layer: CountableLayer): number {
  const shapes = inputShapes(layer);
  return Array.isArray(shapes[0]) ? shapes.length : 1;
}

/** Kernel multiply-adds and bias / activation ops of a conv or dense layer. */
function kernelCost(layer: CountableLayer, out: number[]): { multiplyAdds: number; otherOps: number } {
  const positions = product(out) / out[out.length - 1];
  const shapes = layer.weights.map((w) => w.shape as number[]);
  const multiplyAdds = positions * shapes.filter((s) => s.length >= 2).reduce((sum, s) => sum + product(s), 0);
  const bias = shapes.some((s) => s.length === 1) ? 1 : 0;
  const activation = layer.getConfig().activation;
  const activated = activation != null && activation !== "linear" ? 1 : 0;
  return { multiplyAdds, otherOps: (bias + activated) * product(out) };
}

/** Ops of the layers without kernels, or null for an unknown class. */
function elementOps(layer: CountableLayer, className: string, out: number[]): number | null {
  const elements = product(out);
  if (className in PER_ELEMENT) return PER_ELEMENT[className] * elements;
  if (MERGE_CLASSES.has(className)) return (inputCount(layer) - 1) * elements;
  if (POOL_CLASSES.has(className)) {
    const pool = layer.getConfig().poolSize;
    return elements * product(Array.isArray(pool) ? (pool as number[]) : [pool as number]);
  }
  if (GLOBAL_POOL_CLASSES.has(className)) return product(perImage(firstShape(inputShapes(layer)), layer.name));
  return null;
}

/** The cost row of one layer. */
export function layerCost(layer: CountableLayer): LayerCost {
  const className = layer.getClassName();
  const outputShape = perImage(firstShape(layer.outputShape as unknown[]), layer.name);
  const row = { name: layer.name, className, outputShape, params: layer.countParams() };
  if (KERNEL_CLASSES.has(className)) return { ...row, ...kernelCost(layer, outputShape), counted: true };
  const ops = elementOps(layer, className, outputShape);
  return { ...row, multiplyAdds: 0, otherOps: ops ?? 0, counted: ops != null };
}

/** Cost rows of every layer of `model`, in its topological order. */
function layerCosts(model: Pick<LayersModel, "layers">): LayerCost[] {
  return model.layers.map(layerCost);
}

/** Rows and totals for `model`: parameters (all and trainable), multiply-adds and other ops per image. */
export function modelCost(model: Pick<LayersModel, "layers" | "countParams" | "trainableWeights">): ModelCost {
  const rows = layerCosts(model);
  return {
    rows,
    params: model.countParams(),
    trainableParams: model.trainableWeights.reduce((sum, w) => sum + product(w.shape as number[]), 0),
    multiplyAdds: rows.reduce((sum, r) => sum + r.multiplyAdds, 0),
    otherOps: rows.reduce((sum, r) => sum + r.otherOps, 0),
    uncounted: rows.filter((r) => !r.counted).map((r) => r.name),
  };
}
