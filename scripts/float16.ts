/**
 * float32 → IEEE 754 half precision (binary16) bits, rounded to nearest with ties to even — what
 * numpy's `astype(float16)` does, and so what tfjs-converter's `--quantize_float16` writes. The
 * inverse is tfjs's own `tf.io.decodeWeights` (its `getFloat16Decoder`), which the loaders use.
 * Written out because Node 20 has no `Float16Array` / `Math.f16round`.
 */

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** Rounds a non-negative double to an integer, ties to even (exact: the inputs are exact doubles). */
function roundHalfEven(v: number): number {
  const floor = Math.floor(v);
  const frac = v - floor;
  if (frac !== 0.5) return frac < 0.5 ? floor : floor + 1;
  return floor % 2 === 0 ? floor : floor + 1;
}

/**
 * The binary16 bit pattern nearest to `value` (first rounded to float32, as the weights are).
 * Throws on NaN and on magnitudes that would overflow to infinity (≥ 65520): a weight that large
 * means the wrong file, not something to save silently.
 */
export function float16Bits(value: number): number {
  f32[0] = value;
  const bits = u32[0];
  const sign = (bits >>> 16) & 0x8000;
  const magnitude = Math.abs(f32[0]);
  if (Number.isNaN(magnitude)) throw new Error("float16Bits: NaN has no place in a weight file");
  const exponent = ((bits >>> 23) & 0xff) - 127; // float32's unbiased exponent
  let half: number;
  if (exponent < -14) {
    // Subnormal half (or zero): a multiple of 2^-24. A carry to 1024 is the smallest normal, 0x0400.
    half = roundHalfEven(magnitude * 2 ** 24);
  } else {
    // Normal: 11 significant bits. A carry to 2048 bumps the exponent, which the addition does.
    const significand = roundHalfEven(magnitude * 2 ** (10 - exponent)); // [1024, 2048]
    half = ((exponent + 15) << 10) + (significand - 1024);
  }
  if (half >= 0x7c00) throw new Error(`float16Bits: ${value} overflows half precision (max 65504)`);
  return sign | half;
}

/** Encodes values as little-endian binary16, the byte order of tfjs weight shards. */
export function encodeFloat16(values: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(values.length * 2);
  const view = new DataView(out.buffer);
  for (let i = 0; i < values.length; i++) view.setUint16(2 * i, float16Bits(values[i]), true);
  return out;
}
