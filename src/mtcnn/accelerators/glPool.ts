/**
 * Max pooling as one WebGL program on tfjs's packed textures (see glConv.ts): tfjs's own max pool on
 * webgl is unpacked, so between two of facelab's packed convs it costs an unpack pass, the pool and a
 * pack pass. Here one fragment pools 2 output columns × 2 channels straight from the packed input.
 * Padding as TensorFlow's (`poolAxis`): padded cells are skipped, never compared.
 */
import { packedProgram, type GlProgram } from "./glProgram.js";
import { poolAxis } from "./jsPool.js";

/** The max-pool program for `x` `[n, h, w, c]`, a `k`×`k` window and `stride`. One input, `x`. */
export function maxPoolProgram(xShape: readonly number[], k: number, stride: number, pad: "same" | "valid"): GlProgram {
  const [n, h, w, c] = xShape;
  const rows = poolAxis(h, k, stride, pad),
    cols = poolAxis(w, k, stride, pad);
  // Output columns x and x+1 read input columns x·s − before + m: m in 0 … k − 1 and s … s + k − 1.
  const span = stride + k;
  // x is even, so column x0 + m has the parity of m + before, known here: one texel read per
  // column pair, the even column from .xy and the odd one from .zw.
  const lines: string[] = [];
  for (let ky = 0; ky < k; ky++) {
    lines.push(`iy = y * ${stride} - ${rows.before} + ${ky};`);
    lines.push(`if (iy >= 0 && iy < ${h}) {`);
    for (let m = 0; m < span; m++) {
      const odd = (m + cols.before) % 2 === 1;
      lines.push(`  ix = x0 + ${m};`);
      if (!odd || m === 0) lines.push(`  t = getX(b, iy, ix, co);`);
      lines.push(`  if (ix >= 0 && ix < ${w}) {`);
      lines.push(`    v = t.${odd ? "zw" : "xy"};`);
      if (m < k) lines.push(`    m0 = max(m0, v);`);
      if (m >= stride) lines.push(`    m1 = max(m1, v);`);
      lines.push(`  }`);
    }
    lines.push(`}`);
  }
  // h, w and the padding are in the code; the batch size is not, so R- and O-Net compile once.
  return packedProgram(
    ["x"],
    [n, rows.out, cols.out, c],
    [
      `int x0 = x * ${stride} - ${cols.before};`,
      "int iy; int ix; vec4 t = vec4(0.0); vec2 v;",
      "// Below every float32 value (GLSL ES has no infinity literal); every real window has a cell.",
      "vec2 m0 = vec2(-3.4e38); vec2 m1 = vec2(-3.4e38);",
      ...lines,
      "setOutput(vec4(m0, m1));",
    ],
  );
}
