/**
 * Tests for src/mtcnn/architecture.ts: the layers drawn on the MTCNN page, counted from the released
 * weights' shapes (the manifests in models/mtcnn/, no backend needed).
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { netLayers, netTotals } from "../src/mtcnn/architecture.js";
import { netMultiplyAdds, ONET_LAYERS, PNET_LAYERS, RNET_LAYERS } from "../src/mtcnn/flops.js";
import { ROOT } from "../harness/paths.js";

/** A manifest's tensors: shapes keyed as the loader keys them (`conv1/weights`, `prelu1/alpha`). */
function manifestShapes(net: string): Map<string, number[]> {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, "models/mtcnn", `${net}-weights_manifest.json`), "utf8"));
  const entries = manifest.flatMap((g: { weights: { name: string; shape: number[] }[] }) => g.weights);
  return new Map(entries.map(({ name, shape }: { name: string; shape: number[] }) => [name.split("/").slice(1).join("/").toLowerCase(), shape]));
}

const allElements = (shapes: Map<string, number[]>) => [...shapes.values()].reduce((sum, s) => sum + s.reduce((a, b) => a * b, 1), 0);

describe("netLayers", () => {
  for (const [net, list, size] of [
    ["pnet", PNET_LAYERS, 12],
    ["rnet", RNET_LAYERS, 24],
    ["onet", ONET_LAYERS, 48],
  ] as const) {
    test(`${net}: its layers hold every element of the released weights, and cost what flops.ts counts`, () => {
      const shapes = manifestShapes(net);
      const totals = netTotals(netLayers(net, shapes));
      assert.equal(totals.parameters, allElements(shapes));
      assert.equal(totals.multiplyAdds, netMultiplyAdds(list, size, size));
    });
  }

  test("P-Net on 12×12: conv1 10×10×10, pool1 5×5×10, conv2 3×3×16, conv3 1×1×32, heads 1×1×2 and 1×1×4", () => {
    const layers = netLayers("pnet", manifestShapes("pnet"));
    assert.deepEqual(
      layers.map((l) => [l.name, l.output]),
      [
        ["conv1", [10, 10, 10]],
        ["pool1", [5, 5, 10]],
        ["conv2", [3, 3, 16]],
        ["conv3", [1, 1, 32]],
        ["conv4-1", [1, 1, 2]],
        ["conv4-2", [1, 1, 4]],
      ],
    );
    assert.deepEqual(
      layers.map((l) => l.parameters),
      [3 * 3 * 3 * 10 + 10 + 10, 0, 3 * 3 * 10 * 16 + 16 + 16, 3 * 3 * 16 * 32 + 32 + 32, 32 * 2 + 2, 32 * 4 + 4],
    );
    assert.deepEqual(
      layers.filter((l) => l.head).map((l) => [l.kind, l.head, l.prelu]),
      [
        ["conv", "face", false],
        ["conv", "box", false],
      ],
    );
  });

  test("P-Net on a 101×64 level ends in a ceil((h − 2) / 2) − 4 by ceil((w − 2) / 2) − 4 map", () => {
    const layers = netLayers("pnet", manifestShapes("pnet"), 101, 64);
    assert.deepEqual(layers.at(-1)?.output, [Math.ceil(99 / 2) - 4, Math.ceil(62 / 2) - 4, 4]);
    assert.equal(layers[0].multiplyAdds, 99 * 62 * 27 * 10);
  });

  test("R-Net and O-Net end in dense layers: 576 → 128 and 1152 → 256, then the heads", () => {
    const r = netLayers("rnet", manifestShapes("rnet"));
    assert.deepEqual(
      r.slice(-3).map((l) => [l.name, l.kind, l.input, l.output]),
      [
        ["conv4", "dense", [3, 3, 64], [1, 1, 128]],
        ["conv5-1", "dense", [1, 1, 128], [1, 1, 2]],
        ["conv5-2", "dense", [1, 1, 128], [1, 1, 4]],
      ],
    );
    const o = netLayers("onet", manifestShapes("onet"));
    assert.deepEqual(
      o.slice(-4).map((l) => [l.name, l.input[0] * l.input[1] * l.input[2], l.output[2], l.head]),
      [
        ["conv5", 1152, 256, undefined],
        ["conv6-1", 256, 2, "face"],
        ["conv6-2", 256, 4, "box"],
        ["conv6-3", 256, 10, "landmarks"],
      ],
    );
  });

  test("a dense net refuses any input but its own size; weights that do not fit are named in the error", () => {
    assert.throws(() => netLayers("rnet", manifestShapes("rnet"), 30, 30), /rnet\/conv4: weights of shape \[576, 128\] do not fit an input of \[4, 4, 64\]/);
    const shapes = manifestShapes("pnet");
    shapes.set("conv2/weights", [3, 3, 10, 20]);
    assert.throws(() => netLayers("pnet", shapes), /pnet\/conv2: the loaded weights give \[3, 3, 20\], the layer list \[3, 3, 16\]/);
    shapes.delete("conv3/weights");
    shapes.set("conv2/weights", [3, 3, 10, 16]);
    assert.throws(() => netLayers("pnet", shapes), /pnet: no weights for layer "conv3"/);
  });
});
