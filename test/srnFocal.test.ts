/**
 * Unit tests for src/srn/focalLoss.ts and receptiveField.ts: the focal loss against cross-entropy and
 * RetinaNet's worked numbers, and receptive fields of the RFE branches computed by hand.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { crossEntropy, focalLoss } from "../src/srn/focalLoss.js";
import { receptiveField, rfeFields } from "../src/srn/receptiveField.js";

const close = (a: number, b: number, eps = 1e-9) => assert.ok(Math.abs(a - b) < eps, `${a} ≈ ${b}`);

describe("focalLoss", () => {
  test("γ = 0 and α = ½ is half the cross-entropy", () => {
    for (const p of [0.01, 0.3, 0.9]) for (const y of [0, 1] as const) close(focalLoss(p, y, { alpha: 0.5, gamma: 0 }), crossEntropy(p, y) / 2);
  });
  test("an easy example (p_t = 0.9) loses 100× less than with cross-entropy at γ = 2 (Lin et al. §3.2)", () => {
    close(crossEntropy(0.9, 1) / focalLoss(0.9, 1, { alpha: 1, gamma: 2 }), 100, 1e-6);
    close(crossEntropy(0.968, 1) / focalLoss(0.968, 1, { alpha: 1, gamma: 2 }), 1 / 0.032 ** 2, 1e-6);
  });
  test("α weights faces, 1 − α background", () => {
    close(focalLoss(0.3, 1, { alpha: 0.25, gamma: 2 }), 0.25 * 0.7 ** 2 * -Math.log(0.3));
    close(focalLoss(0.3, 0, { alpha: 0.25, gamma: 2 }), 0.75 * 0.3 ** 2 * -Math.log(0.7));
  });
  test("stays finite at p = 0 and p = 1", () => {
    assert.ok(Number.isFinite(focalLoss(0, 1)) && Number.isFinite(crossEntropy(1, 0)));
  });
  test("rejects α outside [0, 1] and negative γ", () => {
    assert.throws(() => focalLoss(0.5, 1, { alpha: 2 }), /alpha must be in \[0, 1\]/);
    assert.throws(() => focalLoss(0.5, 1, { gamma: -1 }), /gamma must be ≥ 0/);
  });
});

describe("receptiveField", () => {
  test("stacked 3×3 convolutions grow by 2 each; a stride multiplies later growth", () => {
    assert.deepEqual(
      receptiveField([
        { name: "a", kernel: [3, 3] },
        { name: "b", kernel: [3, 3] },
      ]),
      { height: 5, width: 5, jump: [1, 1] },
    );
    assert.deepEqual(
      receptiveField([
        { name: "a", kernel: [7, 7], stride: [2, 2] },
        { name: "b", kernel: [3, 3], stride: [2, 2] },
        { name: "c", kernel: [3, 3] },
      ]),
      { height: 7 + 2 * 2 + 2 * 4, width: 19, jump: [4, 4] },
    );
  });
  test("RFE's branches are 1×5, 5×1, 1×3, 3×1; with the head's two 3×3 convs 5×9, 9×5, 5×7, 7×5 cells", () => {
    const f = rfeFields();
    assert.deepEqual(
      f.map((b) => [b.block.height, b.block.width]),
      [
        [1, 5],
        [5, 1],
        [1, 3],
        [3, 1],
      ],
    );
    assert.deepEqual(
      f.map((b) => [b.head.height, b.head.width]),
      [
        [5, 9],
        [9, 5],
        [5, 7],
        [7, 5],
      ],
    );
  });
});
