/**
 * Max pooling as plain JavaScript loops, for the tfjs `cpu` backend (see jsConv.ts for why): NHWC,
 * square window, TensorFlow's "same" (output ceil(in / stride), padding split with the extra cell at
 * the end, padded cells ignored) or "valid" (output floor((in − k) / stride) + 1). The innermost
 * loop runs over channels, which are contiguous, so each window reads whole rows of memory.
 */

/** Output side and leading padding of one axis, as TensorFlow computes them. */
export function poolAxis(size: number, k: number, stride: number, pad: "same" | "valid"): { out: number; before: number } {
  if (pad === "valid") return { out: Math.max(0, Math.floor((size - k) / stride) + 1), before: 0 };
  const out = Math.ceil(size / stride);
  return { out, before: Math.floor(Math.max(0, (out - 1) * stride + k - size) / 2) };
}

/** Max pool of `x` `[n, h, w, c]` with a `k`×`k` window; returns the pooled values and their shape. */
export function maxPoolJs(
  x: Float32Array,
  [n, h, w, c]: readonly number[],
  k: number,
  stride: number,
  pad: "same" | "valid",
): { data: Float32Array; shape: [number, number, number, number] } {
  if (x.length !== n * h * w * c) throw new Error(`input has ${x.length} values, shape needs ${n * h * w * c}`);
  const rows = poolAxis(h, k, stride, pad),
    cols = poolAxis(w, k, stride, pad);
  const out = new Float32Array(n * rows.out * cols.out * c).fill(-Infinity);
  for (let img = 0; img < n; img++) {
    for (let oy = 0; oy < rows.out; oy++) {
      const y0 = Math.max(0, oy * stride - rows.before),
        y1 = Math.min(h, oy * stride - rows.before + k);
      for (let ox = 0; ox < cols.out; ox++) {
        const x0 = Math.max(0, ox * stride - cols.before),
          x1 = Math.min(w, ox * stride - cols.before + k);
        const o = ((img * rows.out + oy) * cols.out + ox) * c;
        for (let y = y0; y < y1; y++) {
          for (let xi = ((img * h + y) * w + x0) * c, end = ((img * h + y) * w + x1) * c; xi < end; xi += c) {
            for (let ch = 0; ch < c; ch++) if (x[xi + ch] > out[o + ch]) out[o + ch] = x[xi + ch];
          }
        }
      }
    }
  }
  return { data: out, shape: [n, rows.out, cols.out, c] };
}
