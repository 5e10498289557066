/** src/mtcnn/channelBytes.ts: one byte per value, a range per output channel. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { channelBytesLength, decodeChannelBytes, encodeChannelBytes } from "../src/mtcnn/channelBytes.js";
import { seededRandom } from "../src/core/random.js";

describe("channelBytes", () => {
  it("round-trips every value to within half a step of its own channel's range", () => {
    const rows = 300;
    const channels = 7;
    const random = seededRandom(3);
    // Channels of very different ranges: one range for all would crush the small ones.
    const values = Float32Array.from({ length: rows * channels }, (_, i) => (random() - 0.4) * 10 ** ((i % channels) - 3));
    const bytes = encodeChannelBytes(values, channels);
    assert.equal(bytes.byteLength, channelBytesLength(values.length, channels));
    assert.equal(bytes.byteLength, rows * channels + 8 * channels);
    const back = decodeChannelBytes(bytes, values.length, channels);
    for (let c = 0; c < channels; c++) {
      let lo = 0;
      let hi = 0;
      for (let i = c; i < values.length; i += channels) (lo = Math.min(lo, values[i])), (hi = Math.max(hi, values[i]));
      const step = (hi - lo) / 255;
      for (let i = c; i < values.length; i += channels) assert.ok(Math.abs(back[i] - values[i]) <= step * 0.5001, `[${i}] ${values[i]} → ${back[i]}`);
    }
  });

  it("keeps each channel's extremes and an all-zero channel exactly, and a zero near zero", () => {
    const values = Float32Array.from([-2, 0, 5, 0, 0.25, 0, 1, 0, -0.5, 0]); // 5 rows × 2 channels
    const back = decodeChannelBytes(encodeChannelBytes(values, 2), 10, 2);
    assert.equal(back[0], -2);
    assert.ok(Math.abs(back[2] - 5) < 1e-5);
    for (let i = 1; i < 10; i += 2) assert.equal(back[i], 0);
    // Channel 0's range is [-2, 5]: a zero in it would decode within half a step (7/510) of 0.
    const withZero = decodeChannelBytes(encodeChannelBytes(Float32Array.from([-2, 0, 5]), 1), 3, 1);
    assert.ok(Math.abs(withZero[1]) <= 7 / 510);
  });

  it("reads the layout from inside a larger buffer (a shard holding other weights)", () => {
    const values = Float32Array.from({ length: 64 }, (_, i) => Math.sin(i));
    const encoded = encodeChannelBytes(values, 4);
    const shard = new Uint8Array(3 + encoded.byteLength + 5);
    shard.set(encoded, 3);
    assert.deepEqual(decodeChannelBytes(shard.subarray(3), 64, 4), decodeChannelBytes(encoded, 64, 4));
  });

  it("refuses values that do not split into the channels, too few bytes and non-finite values", () => {
    assert.throws(() => encodeChannelBytes(new Float32Array(10), 3), /do not split/);
    assert.throws(() => decodeChannelBytes(new Uint8Array(5), 4, 2), /bytes, 20 needed/);
    assert.throws(() => encodeChannelBytes(Float32Array.from([1, Number.NaN]), 1), /value 1 is NaN/);
  });
});
