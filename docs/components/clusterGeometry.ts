// What a t-SNE map does to cluster sizes and distances: for each person, the spread of their faces
// (root-mean-square distance to their centroid) in the 128-D embedding and in the map; for each two
// people, the distance between their centroids in both. The map's numbers are divided by the map's
// overall spread, since t-SNE's units are arbitrary.

export interface PersonSpread {
  name: string;
  spread128: number;
  spread2: number;
  count: number;
}
export interface CentroidPair {
  a: string;
  b: string;
  d128: number;
  d2: number;
}

/** Per-person centroids (k × dims) of `x` (n × dims) under `labels`. */
function centroids(x: ArrayLike<number>, dims: number, labels: Int32Array, k: number): Float64Array {
  const c = new Float64Array(k * dims),
    count = new Float64Array(k);
  labels.forEach((l, i) => {
    count[l]++;
    for (let j = 0; j < dims; j++) c[l * dims + j] += x[i * dims + j];
  });
  return c.map((v, e) => v / count[Math.floor(e / dims)]);
}

/** RMS distance of each label's points to their centroid. */
function spreads(x: ArrayLike<number>, dims: number, labels: Int32Array, k: number): Float64Array {
  const c = centroids(x, dims, labels, k),
    sum = new Float64Array(k),
    count = new Float64Array(k);
  labels.forEach((l, i) => {
    count[l]++;
    for (let j = 0; j < dims; j++) sum[l] += (x[i * dims + j] - c[l * dims + j]) ** 2;
  });
  return sum.map((s, l) => Math.sqrt(s / count[l]));
}

/** RMS distance of all points to the overall centroid: the unit the map's numbers are divided by. */
function overallSpread(x: ArrayLike<number>, dims: number, n: number): number {
  return spreads(x, dims, new Int32Array(n), 1)[0];
}

export function personSpreads(x128: Float32Array, y: Float32Array, labels: Int32Array, names: string[]): PersonSpread[] {
  const k = names.length,
    s128 = spreads(x128, 128, labels, k),
    s2 = spreads(y, 2, labels, k);
  const unit = overallSpread(y, 2, labels.length),
    unit128 = overallSpread(x128, 128, labels.length);
  const count = new Int32Array(k);
  labels.forEach((l) => count[l]++);
  return names.map((name, l) => ({ name, spread128: s128[l] / unit128, spread2: s2[l] / unit, count: count[l] }));
}

export function centroidPairs(x128: Float32Array, y: Float32Array, labels: Int32Array, names: string[]): CentroidPair[] {
  const k = names.length,
    c128 = centroids(x128, 128, labels, k),
    c2 = centroids(y, 2, labels, k);
  const unit = overallSpread(y, 2, labels.length),
    unit128 = overallSpread(x128, 128, labels.length);
  const out: CentroidPair[] = [];
  for (let a = 0; a < k; a++) {
    for (let b = a + 1; b < k; b++) {
      let d128 = 0,
        d2 = 0;
      for (let j = 0; j < 128; j++) d128 += (c128[a * 128 + j] - c128[b * 128 + j]) ** 2;
      for (let j = 0; j < 2; j++) d2 += (c2[a * 2 + j] - c2[b * 2 + j]) ** 2;
      out.push({ a: names[a], b: names[b], d128: Math.sqrt(d128) / unit128, d2: Math.sqrt(d2) / unit });
    }
  }
  return out;
}

/** Pearson correlation of two equal-length series. */
export function correlation(a: number[], b: number[]): number {
  const n = a.length,
    ma = a.reduce((s, v) => s + v, 0) / n,
    mb = b.reduce((s, v) => s + v, 0) / n;
  let sab = 0,
    saa = 0,
    sbb = 0;
  for (let i = 0; i < n; i++) {
    sab += (a[i] - ma) * (b[i] - mb);
    saa += (a[i] - ma) ** 2;
    sbb += (b[i] - mb) ** 2;
  }
  return sab / Math.sqrt(saa * sbb);
}

/**
 * How tight the people are on a map: the mean over people of their spread divided by the whole map's
 * spread. 0 would be every person on one point; near 1, people are as spread as the whole map.
 */
export function mapTightness(y: Float32Array, labels: Int32Array, k: number): number {
  const s = spreads(y, 2, labels, k),
    unit = overallSpread(y, 2, labels.length);
  return s.reduce((sum, v) => sum + v, 0) / k / unit;
}
