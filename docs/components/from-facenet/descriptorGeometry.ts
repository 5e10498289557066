// Where dlib's descriptors lie: how long they are (its 0.6 is a distance between vectors of that
// length) and how much they share one direction (the length of their mean once each is scaled to 1:
// 0 for directions spread evenly, 1 if all were the same).

/** Median length of the rows of `embeddings` and the length of the mean of the unit rows. */
export function descriptorGeometry(embeddings: Float32Array, dim = 128): { medianLength: number; meanUnitLength: number } {
  const n = embeddings.length / dim;
  const lengths = new Float64Array(n);
  const mean = new Float64Array(dim);
  for (let r = 0; r < n; r++) {
    const v = embeddings.subarray(r * dim, (r + 1) * dim);
    let s = 0;
    for (let k = 0; k < dim; k++) s += v[k] * v[k];
    lengths[r] = Math.sqrt(s);
    for (let k = 0; k < dim; k++) mean[k] += v[k] / lengths[r] / n;
  }
  lengths.sort();
  return { medianLength: lengths[n >> 1], meanUnitLength: Math.hypot(...mean) };
}
