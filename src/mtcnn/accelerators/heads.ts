/**
 * The nets' output heads on the CPU. Each net ends in its heads joined as one layer (weights.ts:
 * `heads`), whose raw rows come back in the stage's one read: [not-face, face, regression…]. The face
 * probability — softmax over the first two, the face column — is worked out here, in float64, instead
 * of by a softmax, a slice and a concat on the backend for every pyramid level or batch chunk: those
 * are several small kernels each, where this is a few thousand `exp` calls per image.
 */

/** softmax([notFace, face]) at face: 1 / (1 + e^(notFace − face)). */
export function faceProbabilityOf(notFace: number, face: number): number {
  return 1 / (1 + Math.exp(notFace - face));
}

/**
 * Rows of `width` raw values [not-face, face, rest…] → rows of `width − 1` [probability, rest…]:
 * R-Net's 6 → [prob, reg×4], O-Net's 16 → [prob, reg×4, points×10].
 */
export function probabilityRows(raw: Float32Array, width: number): Float32Array {
  if (width < 2 || raw.length % width !== 0) throw new RangeError(`probabilityRows: ${raw.length} values are not rows of ${width}`);
  const n = raw.length / width;
  const out = new Float32Array(n * (width - 1));
  // Plain index loops: a subarray view per row costs more than the row's copy.
  for (let i = 0, r = 0, o = 0; i < n; i++, r += width) {
    out[o++] = faceProbabilityOf(raw[r], raw[r + 1]);
    for (let j = 2; j < width; j++) out[o++] = raw[r + j];
  }
  return out;
}

/** P-Net's map of `cells` positions × 6 raw values → probability `[cells]` and regression `[cells, 4]`. */
export function pnetMapOf(raw: Float32Array, cells: number): { prob: Float32Array; reg: Float32Array } {
  if (raw.length !== cells * 6) throw new RangeError(`pnetMapOf: ${raw.length} values, ${cells} cells need ${cells * 6}`);
  const prob = new Float32Array(cells);
  const reg = new Float32Array(cells * 4);
  for (let i = 0, r = 0; i < cells; i++, r += 6) {
    prob[i] = faceProbabilityOf(raw[r], raw[r + 1]);
    reg[4 * i] = raw[r + 2];
    reg[4 * i + 1] = raw[r + 3];
    reg[4 * i + 2] = raw[r + 4];
    reg[4 * i + 3] = raw[r + 5];
  }
  return { prob, reg };
}
