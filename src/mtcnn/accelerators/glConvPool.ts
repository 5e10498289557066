/**
 * A k×k convolution (valid, stride 1) + bias (+ PReLU) and the max pool after it as one WebGL program:
 * every conv of MTCNN that feeds a pool (P-Net conv1, R-Net conv1–2, O-Net conv1–3). Chromium's
 * software WebGL spends most of a conv's time fetching texels, and a fragment can only write one texel
 * (2 pixels × 2 channels), so the conv program (glConv.ts) fetches each filter texel for just 2 output
 * pixels. Here a fragment writes 2 *pooled* pixels, computing the whole conv window under them — 3
 * rows × 5 columns for a 3×3 stride-2 pool, 2 × 4 for 2×2 — from one fetch of each filter texel and
 * of each input texel. The overlapping 3×3 windows compute some conv outputs twice (about 1.8× the
 * multiply-adds), but fetches drop 2–4× and the conv output never goes to memory.
 * Measured (scratch probe, same page, interleaved; conv + pool programs → this one): R-Net conv1+pool
 * 59–81 → 40–50 ms, conv2+pool 94 → 48–52 ms (64 crops); O-Net conv1+pool 237–275 → 157–206,
 * conv2+pool 601–692 → 414–443, conv3+pool 185–214 → 91–110 ms; P-Net conv1+pool on the largest
 * 640×480 level 79–82 → 26–34 ms. Checked against tf.fused.conv2d + tf.maxPool in
 * test/browser/glKernels.test.ts.
 */
import { packedProgram, pairProduct, pixel, type GlProgram } from "./glProgram.js";
import { poolAxis } from "./jsPool.js";

/** A max pool: square `size` window, `stride`, TensorFlow padding. */
export interface PoolSpec {
  size: number;
  stride: number;
  pad: "same" | "valid";
}

/** The pool's padding before the first row and column for a conv output of `rows`×`cols`. */
function poolBefore(rows: number, cols: number, pool: PoolSpec) {
  return { top: poolAxis(rows, pool.size, pool.stride, pool.pad).before, left: poolAxis(cols, pool.size, pool.stride, pool.pad).before };
}

/**
 * Whether the fused program can run conv `k` + `pool` on input `xShape`. A fragment's first conv
 * column x·s − left must be even (texel-aligned); x is even, so the pool's left padding must be. The
 * stride is held to 2 as well: the only one checked against tfjs (test/browser/glKernels.test.ts),
 * and MTCNN's. True for every MTCNN pool (their padding is 0); anything else takes the conv and pool
 * programs.
 */
export function convPoolFits(xShape: readonly number[], k: number, pool: PoolSpec): boolean {
  const { left } = poolBefore(xShape[1] - k + 1, xShape[2] - k + 1, pool);
  return pool.stride === 2 && left % 2 === 0;
}

/**
 * Channels per loop step: the 3-channel first layers are unrolled whole; wider ones loop 2 channels
 * at a time (measured against 4 at a time: same speed or faster, and half the code to compile).
 */
export function convPoolChannelStep(k: number, ci: number): number {
  return k * k * ci <= 90 || ci % 2 !== 0 ? ci : 2;
}

/**
 * The program for `x` `[n, h, w, ci]`, a `k`×`k`×`ci`×`co` HWIO filter (`co` even), then `pool`.
 * Inputs, in order: `x`, the filter `w`, `bias` `[co]` and, when `prelu`, `alpha` `[co]`. Output:
 * the pooled `[n, ph, pw, co]`. The conv output's size is read from the `xShape` uniform; the pool's
 * padding before the first row and column is in the code (0 for every MTCNN pool), so one compile
 * serves every image and batch size that shares it.
 */
export function convPreluPoolProgram(xShape: readonly number[], k: number, ci: number, co: number, prelu: boolean, pool: PoolSpec): GlProgram {
  const [n, h, w] = xShape;
  if (co % 2 !== 0) throw new RangeError(`convPreluPoolProgram: output channels must be even, got ${co}`);
  if (!convPoolFits(xShape, k, pool))
    throw new RangeError(`convPreluPoolProgram: pool ${pool.size}/${pool.stride} ${pool.pad} on ${h - k + 1}×${w - k + 1} does not start on a texel`);
  const { size: K, stride: s } = pool;
  const convRows = h - k + 1,
    convCols = w - k + 1;
  const { top, left } = poolBefore(convRows, convCols, pool);
  // Pooled columns x and x+1 cover conv columns x0 … x0 + s + K − 1; those read input columns up to
  // k − 1 further, fetched as column pairs. Conv rows y0 … y0 + K − 1 read input rows K + k − 1.
  const span = s + K;
  const texels = Math.ceil((span + k - 1) / 2);
  const step = convPoolChannelStep(k, ci);
  const looped = step !== ci;
  const lines: string[] = [];
  for (let d = 0; d < step; d += 2) {
    const c = looped ? (d ? `c + ${d}` : "c") : `${d}`;
    // With an odd channel count the last pair's second channel is padding: never read it.
    const both = d + 1 < ci;
    for (let ky = 0; ky < k; ky++) for (let kx = 0; kx < k; kx++) lines.push(`f${ky}${kx} = getW(${ky}, ${kx}, ${c}, co);`);
    for (let iy = 0; iy < K + k - 1; iy++) {
      for (let t = 0; t < texels; t++) lines.push(`i${t} = getX(b, y0 + ${iy}, x0 + ${2 * t}, ${c});`);
      for (let ky = 0; ky < k; ky++) {
        const r = iy - ky; // the conv row this input row feeds through filter row ky
        if (r < 0 || r >= K) continue;
        for (let kx = 0; kx < k; kx++) {
          for (let col = 0; col < span; col++) {
            lines.push(`a${r}_${col} += ${pairProduct(pixel(col + kx), `f${ky}${kx}`, both)};`);
          }
        }
      }
    }
  }
  const body = looped ? [`for (int c = 0; c < ${ci}; c += ${step}) {`, ...lines.map((l) => `  ${l}`), "}"] : lines;
  const accumulators: string[] = [];
  const pooling: string[] = [];
  for (let r = 0; r < K; r++) {
    for (let col = 0; col < span; col++) {
      accumulators.push(`vec2 a${r}_${col} = vec2(0.0);`);
      pooling.push(`v = a${r}_${col} + bv;${prelu ? " v = max(v, 0.0) + al * min(v, 0.0);" : ""}`);
      // Windows that hang over the conv output's edge (TF "same" padding) skip the cells outside it.
      pooling.push(
        `if (y0 + ${r} >= 0 && y0 + ${r} < convRows && x0 + ${col} >= 0 && x0 + ${col} < convCols) {${col < K ? " m0 = max(m0, v);" : ""}${col >= s ? " m1 = max(m1, v);" : ""} }`,
      );
    }
  }
  return packedProgram(
    prelu ? ["x", "w", "bias", "alpha"] : ["x", "w", "bias"],
    [n, poolAxis(convRows, K, s, pool.pad).out, poolAxis(convCols, K, s, pool.pad).out, co],
    [
      `int convRows = xShape[1] - ${k - 1}; int convCols = xShape[2] - ${k - 1};`,
      `int y0 = y * ${s} - ${top}; int x0 = x * ${s} - ${left};`,
      "// a<row>_<col>: the conv output at (y0 + row, x0 + col), channels co and co+1.",
      ...accumulators,
      `${Array.from({ length: k * k }, (_, j) => `vec4 f${Math.floor(j / k)}${j % k};`).join(" ")} ${Array.from({ length: texels }, (_, t) => `vec4 i${t};`).join(" ")}`,
      ...body,
      `vec2 bv = getBias(co).xy;${prelu ? " vec2 al = getAlpha(co).xy;" : ""} vec2 v;`,
      "// Below every float32 value (GLSL ES has no infinity literal); every real window has a cell.",
      "vec2 m0 = vec2(-3.4e38); vec2 m1 = vec2(-3.4e38);",
      ...pooling,
      "setOutput(vec4(m0, m1));",
    ],
  );
}
