/**
 * davidsandberg/facenet's Inception-ResNet-v1 (`src/models/inception_resnet_v1.py`, after Szegedy et
 * al. 2016, arXiv:1602.07261) built as an untrained tfjs `LayersModel`, so the FaceNet page can show
 * the architecture of the network behind facenet's published models and count its parameters and
 * multiply-adds. Its weights are random: facenet's trained checkpoints are not installable here (see
 * issue 4), and a converted checkpoint should be loaded with `tf.loadGraphModel` instead.
 *
 * Layout (input 160): stem 160 → 79 → 77 → 77 → 38 → 38 → 36 → 17×17×256; 5 × Block35 (scale 0.17);
 * Mixed_6a → 8×8×896; 10 × Block17 (0.10); Mixed_7a → 3×3×1792; 5 × Block8 (0.20) and one Block8
 * without ReLU; global average pool → dropout → bottleneck (no bias) → batch norm → L2 normalisation
 * (the `embeddings` tensor of facenet's training scripts). Input: RGB already normalised as facenet
 * does (prewhitening or (x − 127.5) / 128), NHWC.
 */
import * as tfl from "@tensorflow/tfjs-layers";
import { block17, block35, block8, convBn, FACENET_BATCH_NORM, reductionA, reductionB, type BuildContext } from "./inceptionResnetBlocks.js";
import { L2Normalize } from "./l2Normalize.js";

export interface InceptionResnetV1Options {
  /** Side of the square input in pixels. facenet's `--image_size`, 160 for its published models. */
  inputSize?: number;
  /** Embedding length (`bottleneck_layer_size`): 512 for 20180402-114759 and 20180408-102900, 128 for the 2017 models. */
  embeddingSize?: number;
  /** Dropout keep probability before the bottleneck (`dropout_keep_prob`); only active in training. */
  dropoutKeepProbability?: number;
  /** Seed of the random kernels (layer i uses seed + i), so two builds have the same weights. */
  seed?: number;
}

/** Defaults: facenet's 160-px input and the 512-D embedding of its 2018 models; keep probability 0.8 is the default of `inception_resnet_v1()`. */
const DEFAULT_INCEPTION_RESNET_V1: Required<InceptionResnetV1Options> = {
  inputSize: 160,
  embeddingSize: 512,
  dropoutKeepProbability: 0.8,
  seed: 1,
};

/** Residual scales of the three block kinds, as passed to `slim.repeat` in facenet. */
export const BLOCK_SCALES = { block35: 0.17, block17: 0.1, block8: 0.2 } as const;

/** How many of each block facenet stacks (the final, unactivated Block8 not included). */
export const BLOCK_REPEATS = { block35: 5, block17: 10, block8: 5 } as const;

/** Spatial side after each strided or VALID layer of the network, keyed by facenet's end-point names. */
export interface InceptionResnetV1Sizes {
  Conv2d_1a_3x3: number;
  Conv2d_2a_3x3: number;
  Conv2d_2b_3x3: number;
  MaxPool_3a_3x3: number;
  Conv2d_3b_1x1: number;
  Conv2d_4a_3x3: number;
  Conv2d_4b_3x3: number;
  Mixed_6a: number;
  Mixed_7a: number;
}

const valid3x3 = (side: number, stride: number) => Math.floor((side - 3) / stride) + 1;

/** The side of every stage for a square input (pure); throws if the input is too small for Mixed_7a. */
export function inceptionResnetV1Sizes(inputSize: number): InceptionResnetV1Sizes {
  if (!Number.isInteger(inputSize) || inputSize < 1) throw new RangeError(`inceptionResnetV1: inputSize must be a positive integer, got ${inputSize}`);
  const c1a = valid3x3(inputSize, 2),
    c2a = valid3x3(c1a, 1),
    pool = valid3x3(c2a, 2),
    c4a = valid3x3(pool, 1);
  const c4b = valid3x3(c4a, 2),
    m6a = valid3x3(c4b, 2),
    m7a = valid3x3(m6a, 2);
  if (!(m7a >= 1)) throw new RangeError(`inceptionResnetV1: inputSize ${inputSize} is too small; Mixed_7a needs at least 75 px`);
  return {
    Conv2d_1a_3x3: c1a,
    Conv2d_2a_3x3: c2a,
    Conv2d_2b_3x3: c2a,
    MaxPool_3a_3x3: pool,
    Conv2d_3b_1x1: pool,
    Conv2d_4a_3x3: c4a,
    Conv2d_4b_3x3: c4b,
    Mixed_6a: m6a,
    Mixed_7a: m7a,
  };
}

/** Options merged with the defaults and validated. */
function resolve(options: InceptionResnetV1Options): Required<InceptionResnetV1Options> {
  const d = DEFAULT_INCEPTION_RESNET_V1;
  const o = {
    inputSize: options.inputSize ?? d.inputSize,
    embeddingSize: options.embeddingSize ?? d.embeddingSize,
    dropoutKeepProbability: options.dropoutKeepProbability ?? d.dropoutKeepProbability,
    seed: options.seed ?? d.seed,
  };
  inceptionResnetV1Sizes(o.inputSize);
  if (!Number.isInteger(o.embeddingSize) || o.embeddingSize < 1)
    throw new RangeError(`inceptionResnetV1: embeddingSize must be a positive integer, got ${o.embeddingSize}`);
  if (!(o.dropoutKeepProbability > 0 && o.dropoutKeepProbability <= 1))
    throw new RangeError(`inceptionResnetV1: dropoutKeepProbability must be in (0, 1], got ${o.dropoutKeepProbability}`);
  return o;
}

/** Glorot-uniform kernels (not facenet's truncated normal σ 0.1, which makes an untrained net overflow), seeded per layer. */
function seededContext(seed: number): BuildContext {
  let layer = 0;
  return { kernelInitializer: () => tfl.initializers.glorotUniform({ seed: seed + layer++ }) };
}

const S = "InceptionResnetV1";

/** Conv2d_1a_3x3 … Conv2d_4b_3x3: [n, s, s, 3] → [n, s', s', 256]. */
function stem(input: tfl.SymbolicTensor, ctx: BuildContext): tfl.SymbolicTensor {
  let net = convBn(input, [`${S}/Conv2d_1a_3x3`, 32, 3, 2, "valid"], ctx);
  net = convBn(net, [`${S}/Conv2d_2a_3x3`, 32, 3, 1, "valid"], ctx);
  net = convBn(net, [`${S}/Conv2d_2b_3x3`, 64, 3], ctx);
  net = tfl.layers.maxPooling2d({ poolSize: 3, strides: 2, padding: "valid", name: `${S}/MaxPool_3a_3x3` }).apply(net) as tfl.SymbolicTensor;
  net = convBn(net, [`${S}/Conv2d_3b_1x1`, 80, 1, 1, "valid"], ctx);
  net = convBn(net, [`${S}/Conv2d_4a_3x3`, 192, 3, 1, "valid"], ctx);
  return convBn(net, [`${S}/Conv2d_4b_3x3`, 256, 3, 2, "valid"], ctx);
}

type Block = typeof block35;

/** `slim.repeat(net, n, block, scale)`: scopes `<repeat>/<name>_1 … <name>_n`. */
function repeat(net: tfl.SymbolicTensor, n: number, block: Block, scope: string, scale: number, ctx: BuildContext): tfl.SymbolicTensor {
  for (let i = 1; i <= n; i++) net = block(net, `${scope}_${i}`, scale, true, ctx);
  return net;
}

/** Logits scope and bottleneck: [n, h, w, 1792] → avg pool → [n, 1792] → [n, embeddingSize] → L2-normalised. */
function head(net: tfl.SymbolicTensor, o: Required<InceptionResnetV1Options>, ctx: BuildContext): tfl.SymbolicTensor {
  const poolSize = [net.shape[1], net.shape[2]] as [number, number];
  const layers = [
    tfl.layers.averagePooling2d({ poolSize, strides: poolSize, padding: "valid", name: `${S}/Logits/AvgPool_1a_8x8` }),
    tfl.layers.flatten({ name: `${S}/Logits/Flatten` }),
    tfl.layers.dropout({ rate: 1 - o.dropoutKeepProbability, name: `${S}/Logits/Dropout` }),
    tfl.layers.dense({ units: o.embeddingSize, useBias: false, kernelInitializer: ctx.kernelInitializer(), name: `${S}/Bottleneck` }),
    tfl.layers.batchNormalization({ ...FACENET_BATCH_NORM, name: `${S}/Bottleneck/BatchNorm` }),
    new L2Normalize({ name: "embeddings" }),
  ];
  return layers.reduce((x, layer) => layer.apply(x) as tfl.SymbolicTensor, net);
}

/** The untrained Inception-ResNet-v1: `[n, inputSize, inputSize, 3]` → `[n, embeddingSize]` unit vectors. */
export function inceptionResnetV1(options: InceptionResnetV1Options = {}): tfl.LayersModel {
  const o = resolve(options);
  const ctx = seededContext(o.seed);
  const input = tfl.input({ shape: [o.inputSize, o.inputSize, 3], name: "input" });
  let net = stem(input, ctx);
  net = repeat(net, BLOCK_REPEATS.block35, block35, `${S}/Repeat/block35`, BLOCK_SCALES.block35, ctx);
  net = reductionA(net, `${S}/Mixed_6a`, ctx);
  net = repeat(net, BLOCK_REPEATS.block17, block17, `${S}/Repeat_1/block17`, BLOCK_SCALES.block17, ctx);
  net = reductionB(net, `${S}/Mixed_7a`, ctx);
  net = repeat(net, BLOCK_REPEATS.block8, block8, `${S}/Repeat_2/block8`, BLOCK_SCALES.block8, ctx);
  net = block8(net, `${S}/Block8`, 1, false, ctx);
  return tfl.model({ inputs: input, outputs: head(net, o, ctx), name: S });
}
