/** scripts/float16.ts: float32 → binary16 bits, checked against tfjs's own decoder (tf.io.decodeWeights). */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import * as tf from "@tensorflow/tfjs";
import { encodeFloat16, float16Bits } from "../scripts/float16.js";

/** Decodes binary16 values the way the loader does: a float16-quantised float32 weight. */
function decode(bytes: Uint8Array): Float32Array {
  const n = bytes.byteLength / 2;
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const spec = { name: "w", shape: [n], dtype: "float32" as const, quantization: { dtype: "float16" as const } };
  const t = tf.io.decodeWeights(buffer, [spec]).w;
  const values = t.dataSync() as Float32Array;
  t.dispose();
  return values;
}

describe("float16Bits", () => {
  it("gives back every finite half-precision value tfjs decodes, bit for bit", () => {
    const all = new Uint8Array(0x10000 * 2);
    const view = new DataView(all.buffer);
    for (let h = 0; h < 0x10000; h++) view.setUint16(2 * h, h, true);
    const values = decode(all);
    for (let h = 0; h < 0x10000; h++) {
      if ((h & 0x7c00) === 0x7c00) continue; // infinities and NaNs: never in a weight file
      assert.equal(float16Bits(values[h]), h, `0x${h.toString(16)} → ${values[h]}`);
    }
  });

  it("rounds to the nearest half, ties to even", () => {
    assert.equal(float16Bits(1 + 2 ** -11), 0x3c00); // halfway between 1 and 1 + 2^-10: to the even 1
    assert.equal(float16Bits(1 + 3 * 2 ** -11), 0x3c02); // halfway between odd and even: to the even
    assert.equal(float16Bits(1 + 2 ** -11 + 2 ** -20), 0x3c01); // just past halfway: up
    assert.equal(float16Bits(2 ** -25), 0); // half the smallest subnormal: a tie, to even zero
    assert.equal(float16Bits(3 * 2 ** -25), 0x0002); // 1.5 × the smallest subnormal: to even 2
    assert.equal(float16Bits(2 ** -14 - 2 ** -26), 0x0400); // rounds up across into the normals
    assert.equal(float16Bits(65504), 0x7bff);
    assert.equal(float16Bits(-2), 0xc000);
  });

  it("is never further from a float32 than half a unit in the last place", () => {
    let seed = 1;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647) * 2 - 1;
    const xs = Float32Array.from({ length: 20000 }, (_, i) => random() * 2 ** -(i % 20));
    const back = decode(encodeFloat16(xs));
    xs.forEach((x, i) => {
      const ulp = 2 ** (Math.max(Math.floor(Math.log2(Math.abs(x))), -14) - 10);
      assert.ok(Math.abs(back[i] - x) <= ulp / 2, `${x} → ${back[i]}`);
    });
  });

  it("refuses what half precision cannot hold", () => {
    assert.throws(() => float16Bits(65520), /overflows/);
    assert.throws(() => float16Bits(Number.NaN), /NaN/);
  });
});
