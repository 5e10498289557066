/**
 * MTCNN's convolutions as plain JavaScript loops, for the tfjs `cpu` backend.
 *
 * Why: tfjs-backend-cpu's conv2d and matMul are reference kernels that read and write the output
 * array once per multiply-add; they reach ~0.35 GFLOP/s here, a quarter of what the same loops do
 * when the sums stay in local variables. This kernel keeps a block of 4 output pixels × 4 output
 * channels in 16 locals, so each multiply-add costs one weight load shared by 4 pixels and one input
 * load shared by 4 channels. Valid padding, stride 1, NHWC input, HWIO filter — exactly the layers
 * MTCNN has — with bias and PReLU applied as each value is stored. Sums are in float64 and rounded
 * once, so results differ from tfjs's float32 sums by ~1e-6. A dense layer is the same kernel with a
 * 1×1 filter over a `[1, 1, n, k]` input. Measured against tfjs in bench/fusedLayers.ts.
 */

/** A filter `[kh, kw, ci, co]` re-laid with each row of `co` weights padded to `cp` (a multiple of 4). */
export interface PackedFilter {
  kh: number;
  kw: number;
  ci: number;
  co: number;
  cp: number;
  data: Float32Array; // [kh, kw, ci, cp], zeros in the padding
}

/** Pads the output-channel axis of an HWIO filter to a multiple of 4 so the kernel never reads past a row. */
export function packFilter(filter: Float32Array, [kh, kw, ci, co]: readonly number[]): PackedFilter {
  if (filter.length !== kh * kw * ci * co) throw new Error(`filter has ${filter.length} values, shape needs ${kh * kw * ci * co}`);
  const cp = Math.ceil(co / 4) * 4;
  const data = new Float32Array(kh * kw * ci * cp);
  for (let r = 0; r < kh * kw * ci; r++) data.set(filter.subarray(r * co, (r + 1) * co), r * cp);
  return { kh, kw, ci, co, cp, data };
}

/** Per-channel bias and optional PReLU slope, applied at store time. */
export interface Epilogue {
  bias: Float32Array; // [co]
  alpha?: Float32Array; // [co]
}

/** The input and filter one block reads, the input offset of its first pixel and its first output channel. */
interface Block {
  x: Float32Array;
  rowLen: number; // input values per image row
  f: PackedFilter;
  xi: number;
  c: number;
}

/**
 * Convolution + bias (+ PReLU) of `x` `[n, h, w, ci]` with a packed filter: valid padding, stride 1.
 * Returns `[n, h − kh + 1, w − kw + 1, co]` as a new array; `x` is not touched.
 */
export function convPreluJs(x: Float32Array, [n, h, w, ci]: readonly number[], f: PackedFilter, e: Epilogue): Float32Array {
  if (ci !== f.ci) throw new Error(`input has ${ci} channels, filter expects ${f.ci}`);
  if (x.length !== n * h * w * ci) throw new Error(`input has ${x.length} values, shape needs ${n * h * w * ci}`);
  const oh = h - f.kh + 1,
    ow = w - f.kw + 1,
    co = f.co;
  const out = new Float32Array(n * Math.max(oh, 0) * Math.max(ow, 0) * co);
  const acc = new Float64Array(16);
  const b: Block = { x, rowLen: w * ci, f, xi: 0, c: 0 };
  for (let img = 0; img < n; img++) {
    for (let oy = 0; oy < oh; oy++) {
      const xRow = (img * h + oy) * b.rowLen,
        oRow = (img * oh + oy) * ow * co;
      for (let ox = 0; ox < ow; ) {
        const px = ow - ox >= 4 ? 4 : ow - ox >= 2 ? 2 : 1;
        b.xi = xRow + ox * ci;
        for (b.c = 0; b.c < f.cp; b.c += 4) {
          if (px === 4) block4(b, acc);
          else if (px === 2) block2(b, acc);
          else block1(b, acc);
          store(out, oRow + ox * co, co, b.c, acc, px, e);
        }
        ox += px;
      }
    }
  }
  return out;
}

// block4 / block2 / block1 repeat one loop on purpose: the sums must be named locals for V8 to keep
// them in registers, so the pixel count cannot be a loop or an array without losing the speed-up.

/** 4 pixels × 4 channels: sums into acc[p * 4 + j]. */
function block4(b: Block, acc: Float64Array): void {
  const { x, f, rowLen } = b,
    ci = f.ci,
    cp = f.cp,
    kLen = f.kw * ci,
    wd = f.data;
  let a0 = 0,
    a1 = 0,
    a2 = 0,
    a3 = 0,
    b0 = 0,
    b1 = 0,
    b2 = 0,
    b3 = 0;
  let c0 = 0,
    c1 = 0,
    c2 = 0,
    c3 = 0,
    d0 = 0,
    d1 = 0,
    d2 = 0,
    d3 = 0;
  for (let ky = 0; ky < f.kh; ky++) {
    let xi = b.xi + ky * rowLen,
      wi = ky * kLen * cp + b.c;
    for (let k = 0; k < kLen; k++, xi++, wi += cp) {
      const w0 = wd[wi],
        w1 = wd[wi + 1],
        w2 = wd[wi + 2],
        w3 = wd[wi + 3];
      let v = x[xi];
      a0 += v * w0;
      a1 += v * w1;
      a2 += v * w2;
      a3 += v * w3;
      v = x[xi + ci];
      b0 += v * w0;
      b1 += v * w1;
      b2 += v * w2;
      b3 += v * w3;
      v = x[xi + 2 * ci];
      c0 += v * w0;
      c1 += v * w1;
      c2 += v * w2;
      c3 += v * w3;
      v = x[xi + 3 * ci];
      d0 += v * w0;
      d1 += v * w1;
      d2 += v * w2;
      d3 += v * w3;
    }
  }
  acc[0] = a0;
  acc[1] = a1;
  acc[2] = a2;
  acc[3] = a3;
  acc[4] = b0;
  acc[5] = b1;
  acc[6] = b2;
  acc[7] = b3;
  acc[8] = c0;
  acc[9] = c1;
  acc[10] = c2;
  acc[11] = c3;
  acc[12] = d0;
  acc[13] = d1;
  acc[14] = d2;
  acc[15] = d3;
}

/** 2 pixels × 4 channels, for the end of a row. */
function block2(b: Block, acc: Float64Array): void {
  const { x, f, rowLen } = b,
    ci = f.ci,
    cp = f.cp,
    kLen = f.kw * ci,
    wd = f.data;
  let a0 = 0,
    a1 = 0,
    a2 = 0,
    a3 = 0,
    b0 = 0,
    b1 = 0,
    b2 = 0,
    b3 = 0;
  for (let ky = 0; ky < f.kh; ky++) {
    let xi = b.xi + ky * rowLen,
      wi = ky * kLen * cp + b.c;
    for (let k = 0; k < kLen; k++, xi++, wi += cp) {
      const w0 = wd[wi],
        w1 = wd[wi + 1],
        w2 = wd[wi + 2],
        w3 = wd[wi + 3];
      let v = x[xi];
      a0 += v * w0;
      a1 += v * w1;
      a2 += v * w2;
      a3 += v * w3;
      v = x[xi + ci];
      b0 += v * w0;
      b1 += v * w1;
      b2 += v * w2;
      b3 += v * w3;
    }
  }
  acc[0] = a0;
  acc[1] = a1;
  acc[2] = a2;
  acc[3] = a3;
  acc[4] = b0;
  acc[5] = b1;
  acc[6] = b2;
  acc[7] = b3;
}

/** 1 pixel × 4 channels, for the last pixel of an odd row. */
function block1(b: Block, acc: Float64Array): void {
  const { x, f, rowLen } = b,
    ci = f.ci,
    cp = f.cp,
    kLen = f.kw * ci,
    wd = f.data;
  let a0 = 0,
    a1 = 0,
    a2 = 0,
    a3 = 0;
  for (let ky = 0; ky < f.kh; ky++) {
    let xi = b.xi + ky * rowLen,
      wi = ky * kLen * cp + b.c;
    for (let k = 0; k < kLen; k++, xi++, wi += cp) {
      const v = x[xi];
      a0 += v * wd[wi];
      a1 += v * wd[wi + 1];
      a2 += v * wd[wi + 2];
      a3 += v * wd[wi + 3];
    }
  }
  acc[0] = a0;
  acc[1] = a1;
  acc[2] = a2;
  acc[3] = a3;
}

/** Writes `px` pixels × the real channels of group `c`, adding the bias and applying PReLU. */
function store(out: Float32Array, o: number, co: number, c: number, acc: Float64Array, px: number, e: Epilogue): void {
  const m = Math.min(4, co - c);
  for (let p = 0; p < px; p++) {
    for (let j = 0; j < m; j++) {
      let v = acc[p * 4 + j] + e.bias[c + j];
      if (e.alpha !== undefined && v < 0) v *= e.alpha[c + j];
      out[o + p * co + c + j] = v;
    }
  }
}

/** Dense + bias (+ PReLU): `x` `[n, k]` times a packed `[1, 1, k, m]` filter → `[n, m]`. */
export function densePreluJs(x: Float32Array, n: number, f: PackedFilter, e: Epilogue): Float32Array {
  if (f.kh !== 1 || f.kw !== 1) throw new Error("a dense layer needs a 1×1 filter");
  return convPreluJs(x, [1, 1, n, f.ci], f, e);
}
