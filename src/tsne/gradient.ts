/**
 * The t-SNE objective KL(P‖Q) and its exact gradient (van der Maaten & Hinton 2008, eq. 5):
 *   ∂C/∂yᵢ = 4 Σⱼ (α·pᵢⱼ − qᵢⱼ)(yᵢ − yⱼ)(1 + ‖yᵢ − yⱼ‖²)⁻¹,   qᵢⱼ = wᵢⱼ / Z,  wᵢⱼ = (1 + ‖yᵢ − yⱼ‖²)⁻¹.
 * Split as the paper's follow-ups do: an attractive sum over P's entries (sparse or all pairs) and a
 * repulsive sum over all pairs, normalised by Z. α is the early-exaggeration factor.
 */
import type { Affinities } from "./affinities.js";
import { rowSquaredDistance } from "../math/vector.js";
import { barnesHutRepulsion } from "./barnesHut.js";

/**
 * ∂C/∂Y into `grad` (n × dims, row-major) for layout `y`; returns Z = Σᵢ≠ⱼ wᵢⱼ. With `theta` > 0
 * (2-D only) the repulsion is the Barnes-Hut approximation.
 */
export function klGradient(p: Affinities, y: ArrayLike<number>, dims: number, exaggeration: number, grad: Float64Array, theta = 0): number {
  if (theta === 0 && p.cols.length === p.n * (p.n - 1)) return allPairsGradient(p, y, dims, exaggeration, grad);
  return splitGradient(p, y, dims, exaggeration, grad, theta);
}

/** The general case: repulsion (exact or Barnes-Hut), then attraction over P's stored entries. */
export function splitGradient(p: Affinities, y: ArrayLike<number>, dims: number, exaggeration: number, grad: Float64Array, theta = 0): number {
  grad.fill(0);
  // grad = Σⱼ wᵢⱼ² (yᵢ − yⱼ)
  const z = theta > 0 && dims === 2 ? barnesHutRepulsion(y, p.n, theta, grad) : repulsion(y, p.n, dims, grad);
  for (let g = 0; g < grad.length; g++) grad[g] *= -4 / z;
  for (let i = 0; i < p.n; i++) {
    for (let e = p.rowStart[i]; e < p.rowStart[i + 1]; e++) {
      const j = p.cols[e];
      const w = 1 / (1 + rowSquaredDistance(y, dims, i, j));
      const f = 4 * exaggeration * p.values[e] * w;
      for (let k = 0; k < dims; k++) grad[i * dims + k] += f * (y[i * dims + k] - y[j * dims + k]);
    }
  }
  return z;
}

/**
 * Exact P over all pairs (row i lists every j ≠ i in order): one pass over unordered pairs computes
 * wᵢⱼ once for both forces — 3× fewer distances than the split version. The attraction is accumulated
 * unnormalised (Σ α pᵢⱼ wᵢⱼ Δ) and the repulsion apart (Σ wᵢⱼ² Δ), combined once Z is known.
 */
function allPairsGradient(p: Affinities, y: ArrayLike<number>, dims: number, exaggeration: number, grad: Float64Array): number {
  const n = p.n,
    m = n - 1;
  const rep = new Float64Array(grad.length);
  grad.fill(0);
  let z = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const w = 1 / (1 + rowSquaredDistance(y, dims, i, j));
      z += 2 * w;
      const pij = p.values[i * m + j - 1]; // = p.values[j * m + i]: P is symmetric
      const a = exaggeration * pij * w,
        r = w * w;
      for (let k = 0; k < dims; k++) {
        const d = y[i * dims + k] - y[j * dims + k];
        grad[i * dims + k] += a * d;
        grad[j * dims + k] -= a * d;
        rep[i * dims + k] += r * d;
        rep[j * dims + k] -= r * d;
      }
    }
  }
  for (let g = 0; g < grad.length; g++) grad[g] = 4 * (grad[g] - rep[g] / z);
  return z;
}

/** Adds Σⱼ wᵢⱼ²(yᵢ − yⱼ) to each row of `out`, visiting each unordered pair once; returns Z. */
function repulsion(y: ArrayLike<number>, n: number, dims: number, out: Float64Array): number {
  let z = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const w = 1 / (1 + rowSquaredDistance(y, dims, i, j));
      z += 2 * w;
      const f = w * w;
      for (let k = 0; k < dims; k++) {
        const t = f * (y[i * dims + k] - y[j * dims + k]);
        out[i * dims + k] += t;
        out[j * dims + k] -= t;
      }
    }
  }
  return z;
}

/** KL(P‖Q) = Σ pᵢⱼ log(pᵢⱼ / qᵢⱼ) over P's entries (zero entries contribute nothing). */
export function klDivergence(p: Affinities, y: ArrayLike<number>, dims: number): number {
  let z = 0;
  for (let i = 0; i < p.n; i++) for (let j = i + 1; j < p.n; j++) z += 2 / (1 + rowSquaredDistance(y, dims, i, j));
  let kl = 0;
  for (let i = 0; i < p.n; i++) {
    for (let e = p.rowStart[i]; e < p.rowStart[i + 1]; e++) {
      const pij = p.values[e];
      if (pij > 0) kl += pij * Math.log(pij * z * (1 + rowSquaredDistance(y, dims, i, p.cols[e])));
    }
  }
  return kl;
}
