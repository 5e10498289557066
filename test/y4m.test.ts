import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { rgbToI420, ycbcr } from "../harness/y4m.js";

describe("y4m fake-camera helper", () => {
  test("ycbcr: full-range BT.601 — white, black, pure red (whose Cr overshoots 255)", () => {
    const round = (v: number[]) => v.map((x) => Math.round(x));
    assert.deepEqual(round(ycbcr(255, 255, 255)), [255, 128, 128]);
    assert.deepEqual(round(ycbcr(0, 0, 0)), [0, 128, 128]);
    assert.deepEqual(round(ycbcr(255, 0, 0)), [76, 85, 256]);
  });

  test("rgbToI420: a Y plane at full size, Cb and Cr at half size from 2×2 averages, clamped to 0…255", () => {
    // 2×2 image: white, black on top, two red pixels below → Y per pixel, one chroma sample.
    const rgb = Uint8Array.of(255, 255, 255, 0, 0, 0, 255, 0, 0, 255, 0, 0);
    const out = rgbToI420(rgb, 2, 2);
    assert.equal(out.length, 6);
    assert.deepEqual(Array.from(out.subarray(0, 4)), [255, 0, 76, 76]);
    assert.equal(out[4], Math.round((128 + 128 + 2 * ycbcr(255, 0, 0)[1]) / 4));
    assert.equal(out[5], Math.round((128 + 128 + 2 * ycbcr(255, 0, 0)[2]) / 4));
    const red = rgbToI420(
      Uint8Array.from({ length: 12 }, (_, i) => (i % 3 === 0 ? 255 : 0)),
      2,
      2,
    );
    assert.deepEqual(Array.from(red), [76, 76, 76, 76, 85, 255]);
  });
});
