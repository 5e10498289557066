/**
 * Arithmetic cost of MTCNN's three networks, from their layer shapes alone (pure, no backend): the
 * roofline benchmark divides it by measured stage times. The layer list mirrors `pnet.ts`, `rnet.ts`
 * and `onet.ts`; kernel shapes are those of the released weights (`models/mtcnn/*-weights_manifest.json`,
 * checked by the tests).
 *
 * Convention: FLOPs = 2 × multiply-adds of the conv and dense kernels (a matmul of m×k by k×n is
 * 2mkn FLOPs, the unit the backend's matmul GFLOP/s is measured in). Bias, PReLU, pooling and
 * softmax are one op per element and ignored here: they are < 3 % of every net's kernel work.
 */
import type { PyramidLevel } from "./pyramid.js";

/** One layer of a net: a VALID stride-1 conv, a max pool, or a dense layer on the flattened input. */
export type LayerSpec =
  | { kind: "conv"; name: string; kernel: number; out: number }
  | { kind: "pool"; size: number; stride: number; padding: "same" | "valid" }
  | { kind: "dense"; name: string; out: number };

/** P-Net's trunk; its two 1×1 heads (conv4-1: 2, conv4-2: 4 channels) are one 6-channel conv here. */
export const PNET_LAYERS: readonly LayerSpec[] = [
  { kind: "conv", name: "conv1", kernel: 3, out: 10 },
  { kind: "pool", size: 2, stride: 2, padding: "same" },
  { kind: "conv", name: "conv2", kernel: 3, out: 16 },
  { kind: "conv", name: "conv3", kernel: 3, out: 32 },
  { kind: "conv", name: "conv4", kernel: 1, out: 2 + 4 },
];

/** R-Net on a 24×24 crop; heads conv5-1 (2) and conv5-2 (4) joined. */
export const RNET_LAYERS: readonly LayerSpec[] = [
  { kind: "conv", name: "conv1", kernel: 3, out: 28 },
  { kind: "pool", size: 3, stride: 2, padding: "same" },
  { kind: "conv", name: "conv2", kernel: 3, out: 48 },
  { kind: "pool", size: 3, stride: 2, padding: "valid" },
  { kind: "conv", name: "conv3", kernel: 2, out: 64 },
  { kind: "dense", name: "conv4", out: 128 },
  { kind: "dense", name: "conv5", out: 2 + 4 },
];

/** O-Net on a 48×48 crop; heads conv6-1 (2), conv6-2 (4) and conv6-3 (10) joined. */
export const ONET_LAYERS: readonly LayerSpec[] = [
  { kind: "conv", name: "conv1", kernel: 3, out: 32 },
  { kind: "pool", size: 3, stride: 2, padding: "same" },
  { kind: "conv", name: "conv2", kernel: 3, out: 64 },
  { kind: "pool", size: 3, stride: 2, padding: "valid" },
  { kind: "conv", name: "conv3", kernel: 3, out: 64 },
  { kind: "pool", size: 2, stride: 2, padding: "same" },
  { kind: "conv", name: "conv4", kernel: 2, out: 128 },
  { kind: "dense", name: "conv5", out: 256 },
  { kind: "dense", name: "conv6", out: 2 + 4 + 10 },
];

/** Activations as [height, width, channels]; a dense layer's output is [1, 1, n]. */
type Shape = [number, number, number];

/** The output shape of one layer and its kernel multiply-adds. */
export function layerStep(layer: LayerSpec, [h, w, c]: Shape): { shape: Shape; multiplyAdds: number } {
  if (layer.kind === "conv") {
    const shape: Shape = [h - layer.kernel + 1, w - layer.kernel + 1, layer.out];
    return { shape, multiplyAdds: shape[0] * shape[1] * layer.kernel * layer.kernel * c * layer.out };
  }
  if (layer.kind === "dense") return { shape: [1, 1, layer.out], multiplyAdds: h * w * c * layer.out };
  const side = (n: number) => (layer.padding === "same" ? Math.ceil(n / layer.stride) : Math.floor((n - layer.size) / layer.stride) + 1);
  return { shape: [side(h), side(w), c], multiplyAdds: 0 };
}

/** Kernel multiply-adds of `layers` on one RGB input of `height`×`width`. */
export function netMultiplyAdds(layers: readonly LayerSpec[], height: number, width: number): number {
  let shape: Shape = [height, width, 3];
  let total = 0;
  for (const layer of layers) {
    const step = layerStep(layer, shape);
    shape = step.shape;
    total += step.multiplyAdds;
  }
  return total;
}

/** FLOPs of one detection, per stage: P-Net on every level, R-Net and O-Net on their input crops. */
export interface MtcnnFlops {
  pnet: number;
  rnet: number;
  onet: number;
}

/** FLOPs (2 × multiply-adds) for P-Net on `levels` and R-Net / O-Net on `rnetCrops` / `onetCrops` crops. */
export function mtcnnFlops(levels: readonly PyramidLevel[], rnetCrops: number, onetCrops: number): MtcnnFlops {
  const pnet = levels.reduce((sum, l) => sum + netMultiplyAdds(PNET_LAYERS, l.height, l.width), 0);
  return {
    pnet: 2 * pnet,
    rnet: 2 * rnetCrops * netMultiplyAdds(RNET_LAYERS, 24, 24),
    onet: 2 * onetCrops * netMultiplyAdds(ONET_LAYERS, 48, 48),
  };
}
