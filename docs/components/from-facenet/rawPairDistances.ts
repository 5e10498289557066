// Distances of the LFW View 2 pairs straight from the stored dlib descriptors, on two scales: as dlib
// uses them (plain L2 of the unnormalised 128-D vectors, where its 0.6 applies) and as facenet's
// validate_on_lfw.py does (squared L2 after scaling each vector to unit length, 0 … 4).

export interface PairDistance {
  /** Pair index in pairs.txt order (fold = ⌊i / 600⌋). */
  i: number;
  same: boolean;
  /** ‖a − b‖ of dlib's descriptors as they come. */
  raw: number;
  /** ‖a/‖a‖ − b/‖b‖‖² — facenet's euclidean metric. */
  unitSquared: number;
}

/** `pairs` ({a, b, same} image paths) against `embeddings` (row-major, `dim` per row, rows in `paths` order). */
export function rawPairDistances(
  pairs: readonly { a: string; b: string; same: boolean }[],
  paths: readonly string[],
  embeddings: Float32Array,
  dim = 128,
): PairDistance[] {
  const rowOf = new Map(paths.map((p, i) => [p, i]));
  const vector = (path: string) => {
    const r = rowOf.get(path);
    if (r === undefined) throw new Error(`no embedding for ${path}`);
    return embeddings.subarray(r * dim, (r + 1) * dim);
  };
  return pairs.map((p, i) => {
    const a = vector(p.a);
    const b = vector(p.b);
    let raw = 0;
    let na = 0;
    let nb = 0;
    let dot = 0;
    for (let k = 0; k < dim; k++) {
      raw += (a[k] - b[k]) ** 2;
      na += a[k] ** 2;
      nb += b[k] ** 2;
      dot += a[k] * b[k];
    }
    // ‖â − b̂‖² = 2 − 2 â·b̂ for unit vectors.
    return { i, same: p.same, raw: Math.sqrt(raw), unitSquared: Math.max(0, 2 - (2 * dot) / Math.sqrt(na * nb)) };
  });
}
