/**
 * The building blocks of facenet's Inception-ResNet-v1, one function per Python function of
 * davidsandberg/facenet `src/models/inception_resnet_v1.py` (`block35`, `block17`, `block8`,
 * `reduction_a`, `reduction_b`), on tfjs symbolic tensors. Layer names mirror the TensorFlow scopes
 * (`…/Branch_1/Conv2d_0b_3x3/Conv2D`), so a page can show the same names a frozen facenet graph has.
 *
 * Every `slim.conv2d` there runs under facenet's `arg_scope`: no bias, then `slim.batch_norm` with
 * decay 0.995 and epsilon 0.001 — and slim's default `scale=False`, so a batch norm has an offset β
 * but no γ — then ReLU. The one exception is each block's final 1×1 "up" projection, which has
 * `normalizer_fn=None, activation_fn=None` and therefore a bias.
 */
import * as tfl from "@tensorflow/tfjs-layers";
import { ScaledResidual } from "./scaledResidual.js";

type Kernel = number | [number, number];
type Padding = "same" | "valid";
/** One `slim.conv2d`: scope name, filters, kernel, stride (1) and padding (facenet's default "same"). */
export type ConvStep = readonly [scope: string, filters: number, kernel: Kernel, stride?: number, padding?: Padding];

/** What every layer needs while the graph is built: a fresh kernel initializer (seeded per layer). */
export interface BuildContext {
  kernelInitializer(): ReturnType<typeof tfl.initializers.glorotUniform>;
}

/** facenet's `batch_norm_params` (decay 0.995, epsilon 0.001) with slim's defaults center=True, scale=False. */
export const FACENET_BATCH_NORM = { momentum: 0.995, epsilon: 0.001, center: true, scale: false } as const;

const apply = (layer: tfl.layers.Layer, x: tfl.SymbolicTensor | tfl.SymbolicTensor[]) => layer.apply(x) as tfl.SymbolicTensor;

/** `slim.conv2d` under facenet's arg_scope: conv (no bias) → batch norm (β only) → ReLU. */
export function convBn(x: tfl.SymbolicTensor, step: ConvStep, ctx: BuildContext): tfl.SymbolicTensor {
  const [scope, filters, kernelSize, strides = 1, padding = "same"] = step;
  const conv = tfl.layers.conv2d({
    filters,
    kernelSize,
    strides,
    padding,
    useBias: false,
    name: `${scope}/Conv2D`,
    kernelInitializer: ctx.kernelInitializer(),
  });
  const bn = tfl.layers.batchNormalization({ ...FACENET_BATCH_NORM, name: `${scope}/BatchNorm` });
  return apply(tfl.layers.reLU({ name: `${scope}/Relu` }), apply(bn, apply(conv, x)));
}

/** A chain of `convBn` steps inside `scope` (one Inception branch, "tower"). */
function tower(x: tfl.SymbolicTensor, scope: string, steps: readonly ConvStep[], ctx: BuildContext): tfl.SymbolicTensor {
  return steps.reduce((net, [name, ...rest]) => convBn(net, [`${scope}/${name}`, ...rest], ctx), x);
}

/** `slim.max_pool2d(net, 3, stride=2, padding='VALID')`, the pooling branch of both reductions. */
function maxPool3x3(x: tfl.SymbolicTensor, name: string): tfl.SymbolicTensor {
  return apply(tfl.layers.maxPooling2d({ poolSize: 3, strides: 2, padding: "valid", name }), x);
}

/** concat(branches) → 1×1 conv with bias back to the input depth → `net + scale · up` → ReLU unless `activate` is false. */
function residual(
  net: tfl.SymbolicTensor,
  scope: string,
  branches: tfl.SymbolicTensor[],
  scale: number,
  activate: boolean,
  ctx: BuildContext,
): tfl.SymbolicTensor {
  const mixed = apply(tfl.layers.concatenate({ axis: -1, name: `${scope}/concat` }), branches);
  const depth = net.shape[3] as number;
  const up = apply(
    tfl.layers.conv2d({
      filters: depth,
      kernelSize: 1,
      useBias: true,
      name: `${scope}/Conv2d_1x1/Conv2D`,
      kernelInitializer: ctx.kernelInitializer(),
    }),
    mixed,
  );
  const sum = apply(new ScaledResidual({ scale, name: `${scope}/add` }), [net, up]);
  return activate ? apply(tfl.layers.reLU({ name: `${scope}/Relu` }), sum) : sum;
}

/** Inception-ResNet-A (`block35`): branches of 32 filters, 1×1 / 1×1→3×3 / 1×1→3×3→3×3. */
export function block35(net: tfl.SymbolicTensor, scope: string, scale: number, activate: boolean, ctx: BuildContext): tfl.SymbolicTensor {
  const branches = [
    tower(net, `${scope}/Branch_0`, [["Conv2d_1x1", 32, 1]], ctx),
    tower(
      net,
      `${scope}/Branch_1`,
      [
        ["Conv2d_0a_1x1", 32, 1],
        ["Conv2d_0b_3x3", 32, 3],
      ],
      ctx,
    ),
    tower(
      net,
      `${scope}/Branch_2`,
      [
        ["Conv2d_0a_1x1", 32, 1],
        ["Conv2d_0b_3x3", 32, 3],
        ["Conv2d_0c_3x3", 32, 3],
      ],
      ctx,
    ),
  ];
  return residual(net, scope, branches, scale, activate, ctx);
}

/** Inception-ResNet-B (`block17`): 1×1 and 1×1→1×7→7×1 branches of 128 filters. */
export function block17(net: tfl.SymbolicTensor, scope: string, scale: number, activate: boolean, ctx: BuildContext): tfl.SymbolicTensor {
  const branches = [
    tower(net, `${scope}/Branch_0`, [["Conv2d_1x1", 128, 1]], ctx),
    tower(
      net,
      `${scope}/Branch_1`,
      [
        ["Conv2d_0a_1x1", 128, 1],
        ["Conv2d_0b_1x7", 128, [1, 7]],
        ["Conv2d_0c_7x1", 128, [7, 1]],
      ],
      ctx,
    ),
  ];
  return residual(net, scope, branches, scale, activate, ctx);
}

/** Inception-ResNet-C (`block8`): 1×1 and 1×1→1×3→3×1 branches of 192 filters. */
export function block8(net: tfl.SymbolicTensor, scope: string, scale: number, activate: boolean, ctx: BuildContext): tfl.SymbolicTensor {
  const branches = [
    tower(net, `${scope}/Branch_0`, [["Conv2d_1x1", 192, 1]], ctx),
    tower(
      net,
      `${scope}/Branch_1`,
      [
        ["Conv2d_0a_1x1", 192, 1],
        ["Conv2d_0b_1x3", 192, [1, 3]],
        ["Conv2d_0c_3x1", 192, [3, 1]],
      ],
      ctx,
    ),
  ];
  return residual(net, scope, branches, scale, activate, ctx);
}

/** `reduction_a(net, k=192, l=192, m=256, n=384)` (Mixed_6a): 256 → 384 + 256 + 256 = 896 channels, stride 2. */
export function reductionA(net: tfl.SymbolicTensor, scope: string, ctx: BuildContext): tfl.SymbolicTensor {
  const branches = [
    tower(net, `${scope}/Branch_0`, [["Conv2d_1a_3x3", 384, 3, 2, "valid"]], ctx),
    tower(
      net,
      `${scope}/Branch_1`,
      [
        ["Conv2d_0a_1x1", 192, 1],
        ["Conv2d_0b_3x3", 192, 3],
        ["Conv2d_1a_3x3", 256, 3, 2, "valid"],
      ],
      ctx,
    ),
    maxPool3x3(net, `${scope}/Branch_2/MaxPool_1a_3x3`),
  ];
  return apply(tfl.layers.concatenate({ axis: -1, name: `${scope}/concat` }), branches);
}

/** `reduction_b` (Mixed_7a): 896 → 384 + 256 + 256 + 896 = 1792 channels, stride 2. */
export function reductionB(net: tfl.SymbolicTensor, scope: string, ctx: BuildContext): tfl.SymbolicTensor {
  const branches = [
    tower(
      net,
      `${scope}/Branch_0`,
      [
        ["Conv2d_0a_1x1", 256, 1],
        ["Conv2d_1a_3x3", 384, 3, 2, "valid"],
      ],
      ctx,
    ),
    tower(
      net,
      `${scope}/Branch_1`,
      [
        ["Conv2d_0a_1x1", 256, 1],
        ["Conv2d_1a_3x3", 256, 3, 2, "valid"],
      ],
      ctx,
    ),
    tower(
      net,
      `${scope}/Branch_2`,
      [
        ["Conv2d_0a_1x1", 256, 1],
        ["Conv2d_0b_3x3", 256, 3],
        ["Conv2d_1a_3x3", 256, 3, 2, "valid"],
      ],
      ctx,
    ),
    maxPool3x3(net, `${scope}/Branch_3/MaxPool_1a_3x3`),
  ];
  return apply(tfl.layers.concatenate({ axis: -1, name: `${scope}/concat` }), branches);
}
