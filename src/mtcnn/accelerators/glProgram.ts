/**
 * What facelab's WebGL programs (glConv.ts, glConvPool.ts, glPool.ts) share: tfjs-backend-webgl's program shape and
 * the packed-output frame around their code. Both read and write tfjs's packed textures, where a
 * texel holds columns x, x+1 of channels c, c+1 of an NHWC tensor.
 */

/** The parts of a tfjs-backend-webgl program that facelab sets (tfjs's `GPGPUProgram`). */
export interface GlProgram {
  variableNames: string[];
  outputShape: number[];
  userCode: string;
  packedInputs: boolean;
  packedOutput: boolean;
  /** Shapes as uniforms, not constants: one compile serves every batch size (and, for convs, every image size). */
  enableShapeUniforms: boolean;
}

/**
 * Input pixel `p` (0-based from a fragment's first input column, which is even) of the packed input
 * texels `i0`, `i1`, … a program has read, as [channel c, channel c+1].
 */
export const pixel = (p: number) => `i${p >> 1}.${p & 1 ? "zw" : "xy"}`;

/**
 * Input pixel `p` (a `vec2` of channels c, c+1) times filter texel `f` (`.xy`: channel c's weights for
 * outputs co, co+1; `.zw`: channel c+1's), a `vec2` over the two outputs. `both` false when c+1 is an
 * odd channel count's padding, never to be read.
 */
export const pairProduct = (p: string, f: string, both: boolean) => (both ? `${p}.x * ${f}.xy + ${p}.y * ${f}.zw` : `${p}.x * ${f}.xy`);

/**
 * A packed-in, packed-out program over an NHWC output. `body` runs with `b`, `y`, `x` (even) and `co`
 * (even) naming the output texel and must end in `setOutput(vec4(...))` with the values of
 * (x, co) (x, co+1) (x+1, co) (x+1, co+1).
 */
export function packedProgram(variableNames: string[], outputShape: number[], body: string[]): GlProgram {
  return {
    variableNames,
    outputShape,
    packedInputs: true,
    packedOutput: true,
    enableShapeUniforms: true,
    userCode: `
      void main() {
        ivec4 o = getOutputCoords();
        int b = o.x; int y = o.y; int x = o.z; int co = o.w;
        ${body.join("\n        ")}
      }`,
  };
}
