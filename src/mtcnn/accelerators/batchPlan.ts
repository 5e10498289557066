/**
 * How R-Net / O-Net batches are cut when the backend compiles a program per tensor shape (webgl,
 * webgpu): a detection hands R-Net a different number of boxes every time, and each new batch size
 * would compile every layer's shader again — seconds per image on a software GPU. Cutting the batch
 * into chunks of at most `MAX_CHUNK` whose sizes are powers of two keeps the shapes to a handful that
 * compile once and are reused by every later detection.
 */

/** The largest chunk: big enough to keep a GPU busy on 48×48 crops, small enough to keep a chunk's textures modest. */
const MAX_CHUNK = 64;

/** The smallest power of two ≥ n (n ≥ 1). */
export function nextPowerOfTwo(n: number): number {
  return 2 ** Math.ceil(Math.log2(Math.max(1, n)));
}

/**
 * Chunk sizes for a batch of `n`: full chunks of `max`, then the rest as its binary digits, largest
 * first — `batchPlan(150, 64)` is `[64, 64, 16, 4, 2]`. The sizes add up to exactly n: no padding.
 * (Padding the rest up to one power of two instead — `[64, 64, 32]` — wasted 15 % of O-Net's work on
 * the benchmark crops; the extra small chunks cost a few more draws, well under a millisecond each.)
 */
export function batchPlan(n: number, max = MAX_CHUNK): number[] {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`batchPlan: n must be a whole number ≥ 0, got ${n}`);
  if (!Number.isInteger(max) || max < 1 || nextPowerOfTwo(max) !== max) throw new RangeError(`batchPlan: max must be a power of two, got ${max}`);
  const plan = new Array<number>(Math.floor(n / max)).fill(max);
  for (let bit = max / 2; bit >= 1; bit /= 2) if ((n % max) & bit) plan.push(bit);
  return plan;
}

/** Backends that compile a program per input shape, where chunking into `batchPlan`'s few sizes pays. */
export const SHAPE_COMPILING_BACKENDS: readonly string[] = ["webgl", "webgpu"];
