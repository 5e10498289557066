/**
 * Vector helpers shared by every domain that compares embeddings or points: dot product, (squared)
 * Euclidean distance, and scaling to unit length (FaceNet compares faces on the unit sphere, §3).
 * Plain loops on numbers and typed arrays, in double precision; the one home for these so that
 * t-SNE, the triplet loss, LFW pair distances, the classifiers and the pages measure alike.
 */

/** Σ aᵢbᵢ over the length of `a`. */
export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/** ‖a − b‖², squared Euclidean distance. */
export function squaredDistance(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) {
    const t = a[i] - b[i];
    s += t * t;
  }
  return s;
}

/** ‖a − b‖, Euclidean distance. */
export function distance(a: ArrayLike<number>, b: ArrayLike<number>): number {
  return Math.sqrt(squaredDistance(a, b));
}

/** ‖yᵢ − yⱼ‖² between rows `i` and `j` of `y` (n × dims, row-major), without copying the rows. */
export function rowSquaredDistance(y: ArrayLike<number>, dims: number, i: number, j: number): number {
  let s = 0;
  for (let k = 0; k < dims; k++) {
    const t = y[i * dims + k] - y[j * dims + k];
    s += t * t;
  }
  return s;
}

/** A copy of `v` scaled to unit length, of the same array type; a zero vector stays zero. */
export function unitVector<T extends Float32Array | Float64Array>(v: T): T {
  return unitRows(v, v.length);
}

/** A copy of `v` (rows of `dim` values, row-major) with each row scaled to unit length; zero rows stay zero. */
export function unitRows<T extends Float32Array | Float64Array>(v: T, dim: number): T {
  const out = v.slice() as T;
  for (let start = 0; start < v.length; start += dim) {
    const norm = Math.sqrt(rowSquaredDistanceToOrigin(v, start, dim));
    if (norm > 0) for (let k = start; k < start + dim; k++) out[k] = v[k] / norm;
  }
  return out;
}

function rowSquaredDistanceToOrigin(v: ArrayLike<number>, start: number, dim: number): number {
  let s = 0;
  for (let k = start; k < start + dim; k++) s += v[k] * v[k];
  return s;
}
