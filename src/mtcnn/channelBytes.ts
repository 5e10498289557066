/**
 * Weights stored as one byte per value, with a range per output channel: what the site's copy of
 * O-Net's fully connected layer uses (scripts/quantizeMtcnn.ts writes it, weights.ts reads it).
 *
 * Why per channel: one range for the whole layer spends most of its 256 steps on the few channels
 * with the largest weights, and the parity bar with the reference fails (bench/README.md, "The site's
 * MTCNN weights"); each output channel (the last axis) gets its own `min` and `scale`, so
 * value ≈ min + q × scale with q in 0…255. The range always includes 0, so a zero weight stays zero.
 *
 * Layout in the shard, little-endian: the n bytes q (row-major, as the float32 values were), then
 * `channels` float32 mins, then `channels` float32 scales.
 */

/** Bytes a tensor of `n` values over `channels` output channels takes in this layout. */
export const channelBytesLength = (n: number, channels: number): number => n + 8 * channels;

/** Encodes `values` (row-major, last axis = `channels` output channels) in the layout above. */
export function encodeChannelBytes(values: Float32Array, channels: number): Uint8Array {
  const n = values.length;
  if (channels < 1 || n % channels !== 0) throw new Error(`encodeChannelBytes: ${n} values do not split into ${channels} channels`);
  const out = new Uint8Array(channelBytesLength(n, channels));
  const params = new DataView(out.buffer, n);
  for (let c = 0; c < channels; c++) {
    let min = 0;
    let max = 0;
    for (let i = c; i < n; i += channels) {
      const v = values[i];
      if (!Number.isFinite(v)) throw new Error(`encodeChannelBytes: value ${i} is ${v}`);
      if (v < min) min = v;
      if (v > max) max = v;
    }
    // Stored as float32, and the steps computed from the stored numbers, so decoding sees the same ones.
    const lo = Math.fround(min);
    const scale = Math.fround((max - min) / 255) || 1; // an all-zero channel: any scale decodes to 0
    params.setFloat32(4 * c, lo, true);
    params.setFloat32(4 * (channels + c), scale, true);
    for (let i = c; i < n; i += channels) out[i] = Math.min(255, Math.max(0, Math.round((values[i] - lo) / scale)));
  }
  return out;
}

/** Decodes `channelBytesLength(n, channels)` bytes at the start of `bytes` back to n float32 values. */
export function decodeChannelBytes(bytes: Uint8Array, n: number, channels: number): Float32Array {
  if (channels < 1 || n % channels !== 0) throw new Error(`decodeChannelBytes: ${n} values do not split into ${channels} channels`);
  if (bytes.byteLength < channelBytesLength(n, channels)) {
    throw new Error(`decodeChannelBytes: ${bytes.byteLength} bytes, ${channelBytesLength(n, channels)} needed for ${n} values in ${channels} channels`);
  }
  const params = new DataView(bytes.buffer, bytes.byteOffset + n, 8 * channels);
  const mins = new Float32Array(channels);
  const scales = new Float32Array(channels);
  for (let c = 0; c < channels; c++) {
    mins[c] = params.getFloat32(4 * c, true);
    scales[c] = params.getFloat32(4 * (channels + c), true);
  }
  const out = new Float32Array(n);
  for (let i = 0, c = 0; i < n; i++, c = c + 1 === channels ? 0 : c + 1) out[i] = mins[c] + bytes[i] * scales[c];
  return out;
}
