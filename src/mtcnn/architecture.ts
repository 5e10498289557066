/**
 * The layers of one MTCNN network as a page draws them: each conv, pool, dense layer and output head
 * with its output shape, parameter count and multiply-adds for a given input size. Pure (no backend):
 * it walks the layer lists of `flops.ts` but takes every kernel's shape from the *loaded* weights
 * (`Mtcnn.weightShapes`), and refuses weights that disagree with the list, so a count on a page is
 * always a count of the tensors the detector really runs. Unlike `flops.ts`, the heads stay separate
 * layers (face 2, box 4, landmarks 10), as in the released weights.
 */
import { layerStep, ONET_LAYERS, PNET_LAYERS, RNET_LAYERS, type LayerSpec } from "./flops.js";
import type { NetName } from "./weights.js";

/** An activation's shape `[height, width, channels]`; a dense layer's output is `[1, 1, units]`. */
export type ActivationShape = [number, number, number];

/** What an output head predicts. */
export type HeadKind = "face" | "box" | "landmarks";

/** One layer of a network, as drawn and counted. */
export interface NetLayer {
  /** The layer's name in the released weights (`conv1`, `conv4-1`); pools are numbered `pool1`, `pool2`, … */
  name: string;
  kind: "conv" | "pool" | "dense";
  /** Kernel (conv) or window (pool) side, px; 0 for dense layers. */
  size: number;
  /** Stride, px: 1 for convs, the pool's stride for pools, 0 for dense layers. */
  stride: number;
  /** Whether a PReLU follows (every hidden conv and dense layer; never a head). */
  prelu: boolean;
  /** For the output heads: what they predict. */
  head?: HeadKind;
  /** Input and output activation shapes. */
  input: ActivationShape;
  output: ActivationShape;
  /** Elements of the layer's weight, bias and PReLU alpha tensors. */
  parameters: number;
  /** Kernel multiply-adds for one input (FLOPs are twice this; see `flops.ts`). */
  multiplyAdds: number;
}

/** Each net's trunk (its `flops.ts` list without the joined heads) and its heads as released. */
export const NET_PARTS: Record<NetName, { trunk: readonly LayerSpec[]; heads: [string, HeadKind][] }> = {
  pnet: {
    trunk: PNET_LAYERS.slice(0, -1),
    heads: [
      ["conv4-1", "face"],
      ["conv4-2", "box"],
    ],
  },
  rnet: {
    trunk: RNET_LAYERS.slice(0, -1),
    heads: [
      ["conv5-1", "face"],
      ["conv5-2", "box"],
    ],
  },
  onet: {
    trunk: ONET_LAYERS.slice(0, -1),
    heads: [
      ["conv6-1", "face"],
      ["conv6-2", "box"],
      ["conv6-3", "landmarks"],
    ],
  },
};

/** The input side each crop net is built for (P-Net takes any size ≥ 12). */
export const NET_INPUT_SIZE: Record<NetName, number> = { pnet: 12, rnet: 24, onet: 48 };

/** Weight tensor shapes by name (`conv1/weights`, `prelu1/alpha`, …), as loaded. */
export type WeightShapes = ReadonlyMap<string, readonly number[]>;

const elements = (shape: readonly number[] | undefined) => (shape ? shape.reduce((a, b) => a * b, 1) : 0);

/** The kernel shape of `name`, with an error naming the layer when it is missing. */
function kernel(shapes: WeightShapes, net: NetName, name: string): readonly number[] {
  const shape = shapes.get(`${name}/weights`);
  if (!shape) throw new Error(`${net}: no weights for layer "${name}"`);
  return shape;
}

/** A conv or dense layer from its loaded kernel, checked against the activation it is applied to. */
function weighted(net: NetName, name: string, kind: "conv" | "dense", shapes: WeightShapes, input: ActivationShape, prelu: string | null): NetLayer {
  const k = kernel(shapes, net, name);
  const [h, w, c] = input;
  const fanIn = kind === "conv" ? k[0] * k[1] * k[2] : k[0];
  const units = k[k.length - 1];
  if ((kind === "conv" && (k.length !== 4 || k[2] !== c || k[0] !== k[1])) || (kind === "dense" && (k.length !== 2 || k[0] !== h * w * c))) {
    throw new Error(`${net}/${name}: weights of shape [${k.join(", ")}] do not fit an input of [${input.join(", ")}]`);
  }
  const output: ActivationShape = kind === "conv" ? [h - k[0] + 1, w - k[1] + 1, units] : [1, 1, units];
  const parameters = elements(k) + elements(shapes.get(`${name}/biases`)) + (prelu ? elements(shapes.get(`${prelu}/alpha`)) : 0);
  const positions = output[0] * output[1];
  return {
    name,
    kind,
    size: kind === "conv" ? k[0] : 0,
    stride: kind === "conv" ? 1 : 0,
    prelu: prelu !== null,
    input,
    output,
    parameters,
    multiplyAdds: positions * fanIn * units,
  };
}

/**
 * The layers of `net` on an input of `height`×`width` (default: the net's own input size), from the
 * loaded weights' `shapes`. Throws when a kernel is missing, or its shape contradicts the layer list
 * or the activation it would be applied to.
 */
export function netLayers(net: NetName, shapes: WeightShapes, height = NET_INPUT_SIZE[net], width = height): NetLayer[] {
  const { trunk, heads } = NET_PARTS[net];
  const layers: NetLayer[] = [];
  let shape: ActivationShape = [height, width, 3];
  let pools = 0;
  for (const spec of trunk) {
    if (spec.kind === "pool") {
      const output = layerStep(spec, shape).shape;
      layers.push({
        name: `pool${++pools}`,
        kind: "pool",
        size: spec.size,
        stride: spec.stride,
        prelu: false,
        input: shape,
        output,
        parameters: 0,
        multiplyAdds: 0,
      });
      shape = output;
      continue;
    }
    const layer = weighted(net, spec.name, spec.kind, shapes, shape, `prelu${spec.name.slice(4)}`);
    const expected = layerStep(spec, shape).shape;
    if (layer.output.join() !== expected.join()) {
      throw new Error(`${net}/${spec.name}: the loaded weights give [${layer.output.join(", ")}], the layer list [${expected.join(", ")}]`);
    }
    layers.push(layer);
    shape = layer.output;
  }
  const headKind = net === "pnet" ? "conv" : "dense"; // P-Net's heads are 1×1 convs: it stays fully convolutional
  for (const [name, head] of heads) layers.push({ ...weighted(net, name, headKind, shapes, shape, null), head });
  return layers;
}

/** Totals over `layers`: parameters and multiply-adds. */
export function netTotals(layers: readonly NetLayer[]): { parameters: number; multiplyAdds: number } {
  return layers.reduce((t, l) => ({ parameters: t.parameters + l.parameters, multiplyAdds: t.multiplyAdds + l.multiplyAdds }), {
    parameters: 0,
    multiplyAdds: 0,
  });
}
