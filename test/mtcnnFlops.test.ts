import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { layerStep, mtcnnFlops, netMultiplyAdds, ONET_LAYERS, PNET_LAYERS, RNET_LAYERS, type LayerSpec } from "../src/mtcnn/flops.js";
import { ROOT } from "../harness/paths.js";

/** Kernel shapes by layer name from a released weight manifest; heads `convN-k` are summed into `convN`. */
function manifestKernels(net: string): Map<string, number[]> {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, "models/mtcnn", `${net}-weights_manifest.json`), "utf8"));
  const kernels = new Map<string, number[]>();
  for (const { name, shape } of manifest.flatMap((g: { weights: { name: string; shape: number[] }[] }) => g.weights)) {
    const m = /^\w+\/(conv\d)(-\d)?\/weights$/.exec(name);
    if (!m) continue;
    const prev = kernels.get(m[1]);
    kernels.set(m[1], prev ? [...shape.slice(0, -1), prev.at(-1)! + shape.at(-1)!] : shape);
  }
  return kernels;
}

/** The kernel shape each layer implies when walked from an RGB input of `size`. */
function impliedKernels(layers: readonly LayerSpec[], size: number): Map<string, number[]> {
  const kernels = new Map<string, number[]>();
  let shape: [number, number, number] = [size, size, 3];
  for (const layer of layers) {
    if (layer.kind === "conv") kernels.set(layer.name, [layer.kernel, layer.kernel, shape[2], layer.out]);
    if (layer.kind === "dense") kernels.set(layer.name, [shape[0] * shape[1] * shape[2], layer.out]);
    shape = layerStep(layer, shape).shape;
  }
  return kernels;
}

describe("MTCNN FLOPs", () => {
  for (const [net, layers, size] of [
    ["pnet", PNET_LAYERS, 12],
    ["rnet", RNET_LAYERS, 24],
    ["onet", ONET_LAYERS, 48],
  ] as const) {
    test(`${net}'s layer list matches the released weights' kernel shapes`, () => {
      assert.deepEqual(impliedKernels(layers, size), manifestKernels(net));
    });
  }

  test("P-Net on one 12×12 window: 10·10·27·10 + 3·3·90·16 + 144·32 + 32·6 = 44,760 multiply-adds", () => {
    assert.equal(netMultiplyAdds(PNET_LAYERS, 12, 12), 27_000 + 12_960 + 4_608 + 192);
  });

  test("R-Net on a 24×24 crop: 1,530,768 multiply-adds (hand count layer by layer)", () => {
    assert.equal(netMultiplyAdds(RNET_LAYERS, 24, 24), 22 * 22 * 27 * 28 + 9 * 9 * 252 * 48 + 9 * 192 * 64 + 576 * 128 + 128 * 6);
    assert.equal(netMultiplyAdds(RNET_LAYERS, 24, 24), 1_530_768);
  });

  test("O-Net on a 48×48 crop: 12,909,952 multiply-adds (hand count layer by layer)", () => {
    assert.equal(netMultiplyAdds(ONET_LAYERS, 48, 48), 46 * 46 * 27 * 32 + 21 * 21 * 288 * 64 + 8 * 8 * 576 * 64 + 9 * 256 * 128 + 1152 * 256 + 256 * 16);
  });

  test("P-Net's output map is ceil((h − 2) / 2) − 4 on a side, as pnet.ts documents", () => {
    let shape: [number, number, number] = [101, 64, 3];
    for (const layer of PNET_LAYERS) shape = layerStep(layer, shape).shape;
    assert.deepEqual(shape, [Math.ceil(99 / 2) - 4, Math.ceil(62 / 2) - 4, 6]);
  });

  test("mtcnnFlops sums P-Net over the levels and multiplies the crop nets by their crop counts, ×2 per multiply-add", () => {
    const levels = [
      { scale: 1, width: 12, height: 12 },
      { scale: 0.5, width: 12, height: 12 },
    ];
    assert.deepEqual(mtcnnFlops(levels, 3, 2), { pnet: 2 * 2 * 44_760, rnet: 2 * 3 * 1_530_768, onet: 2 * 2 * 12_909_952 });
    assert.deepEqual(mtcnnFlops([], 0, 0), { pnet: 0, rnet: 0, onet: 0 });
  });
});
