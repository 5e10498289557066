/**
 * MTCNN's k×k convolutions (valid padding, stride 1) + bias (+ PReLU) as one WebGL program for the
 * tfjs `webgl` backend. tfjs's own conv on webgl is two programs: one writes every input window into
 * an im2col matrix, the next multiplies it by the filter — for MTCNN's thin layers (3–64 channels)
 * a whole extra pass over memory. This program reads tfjs's packed textures directly (each texel
 * holds 2 pixels × 2 channels, and so does each output texel): one fragment computes 2 pixels × 2
 * output channels from about 5 texel reads per 24 multiply-adds, the filter loops unrolled at the
 * layer's sizes (wide layers loop over channels a few at a time: `channelStep`) and the shapes
 * passed as uniforms. Measured in bench/browser (glKernels race); tested against
 * `tf.fused.conv2d` in test/browser/glKernels.test.ts.
 */

import { packedProgram, pairProduct, pixel, type GlProgram } from "./glProgram.js";

/**
 * Channels per loop step: the first layers (3 channels) and P-Net's second are unrolled whole; wider
 * ones loop over their channels 4 (or 2) at a time. Measured on Chromium's software WebGL: unrolled
 * whole, O-Net's 64-channel conv took 3.5 s to compile and R-Net's 28-channel one 1.9 s; looping 4 at
 * a time they compile in 0.4–0.8 s and run as fast or faster (O-Net conv3 on 64 crops 227 vs 272 ms).
 */
export function channelStep(k: number, ci: number): number {
  if (k * k * ci <= 90 || ci % 2 !== 0) return ci;
  return ci % 4 === 0 ? 4 : 2;
}

/**
 * The program for `x` `[n, h, w, ci]` and a `k`×`k`×`ci`×`co` filter (`co` even). Inputs, in order:
 * `x`, the filter `w` as stored (HWIO), `bias` `[co]` and, when `prelu`, `alpha` `[co]`.
 * Output `[n, h − k + 1, w − k + 1, co]`. `step` channels are unrolled per loop step (`channelStep`).
 */
export function convPreluProgram(xShape: readonly number[], k: number, ci: number, co: number, prelu: boolean, step = channelStep(k, ci)): GlProgram {
  const [n, h, w] = xShape;
  if (co % 2 !== 0) throw new RangeError(`convPreluProgram: output channels must be even, got ${co}`);
  if (step !== ci && (step % 2 !== 0 || ci % step !== 0)) throw new RangeError(`convPreluProgram: step ${step} must be even and divide ${ci}`);
  const looped = step !== ci;
  // Output columns x and x+1 read input columns x … x+k: ceil((k+1)/2) texels of 2 columns each.
  const texels = Math.ceil((k + 1) / 2);
  const lines: string[] = [];
  for (let ky = 0; ky < k; ky++) {
    for (let d = 0; d < step; d += 2) {
      const c = looped ? (d ? `c + ${d}` : "c") : `${d}`;
      for (let t = 0; t < texels; t++) lines.push(`i${t} = getX(b, y + ${ky}, x + ${2 * t}, ${c});`);
      // With an odd channel count the last pair's second channel is padding: never read it.
      const both = d + 1 < ci;
      for (let kx = 0; kx < k; kx++) {
        lines.push(`f = getW(${ky}, ${kx}, ${c}, co);`);
        const term = (p: number) => pairProduct(pixel(p), "f", both);
        lines.push(`s0 += ${term(kx)}; s1 += ${term(kx + 1)};`);
      }
    }
  }
  const body = looped ? [`for (int c = 0; c < ${ci}; c += ${step}) {`, ...lines.map((l) => `  ${l}`), "}"] : lines;
  const activation = prelu ? "vec2 al = getAlpha(co).xy; s0 = max(s0, 0.0) + al * min(s0, 0.0); s1 = max(s1, 0.0) + al * min(s1, 0.0);" : "";
  return packedProgram(
    prelu ? ["x", "w", "bias", "alpha"] : ["x", "w", "bias"],
    [n, h - k + 1, w - k + 1, co],
    [
      "vec2 s0 = vec2(0.0); vec2 s1 = vec2(0.0); // output columns x and x+1, channels co and co+1",
      `vec4 f; ${Array.from({ length: texels }, (_, t) => `vec4 i${t};`).join(" ")}`,
      ...body,
      "vec2 bv = getBias(co).xy; s0 += bv; s1 += bv;",
      activation,
      "setOutput(vec4(s0, s1));",
    ],
  );
}
