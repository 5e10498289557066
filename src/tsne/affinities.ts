/**
 * The joint affinities P of t-SNE: each point's conditional distribution p(j|i), calibrated to the
 * perplexity, then symmetrised as pᵢⱼ = (p(j|i) + p(i|j)) / 2n so every point carries mass ≥ 1/2n
 * (van der Maaten & Hinton 2008, §3.1). Stored sparse (CSR), so exact and k-nearest P share one type.
 */
import { calibrateRow } from "./perplexity.js";
import { nearest, rowDistances } from "./neighbours.js";

/** A sparse n × n matrix in compressed sparse rows; columns ascending within a row. */
export interface Affinities {
  n: number;
  /** Row i's entries are `cols[rowStart[i]] … cols[rowStart[i+1]-1]`. */
  rowStart: Int32Array;
  cols: Int32Array;
  values: Float64Array;
}

export interface AffinityOptions {
  perplexity: number;
  /** Neighbours per point; 0 for all (exact). */
  neighbours: number;
  /** Called after each row, for progress bars. */
  onRow?: (i: number, n: number) => void;
}

/** Joint P for the rows of `x` (n × d, row-major). */
export function affinities(x: ArrayLike<number>, n: number, d: number, { perplexity, neighbours, onRow }: AffinityOptions): Affinities {
  const k = neighbours > 0 ? Math.min(neighbours, n - 1) : n - 1;
  const rowStart = new Int32Array(n + 1);
  const cols = new Int32Array(n * k);
  const values = new Float64Array(n * k);
  const dist = new Float64Array(n);
  const all = Int32Array.from({ length: n - 1 }, (_, j) => j);
  for (let i = 0; i < n; i++) {
    rowDistances(x, n, d, i, dist);
    const near = k === n - 1 ? all.map((j) => (j < i ? j : j + 1)) : nearest(dist, k, i);
    const { p } = calibrateRow(
      Float64Array.from(near, (j) => dist[j]),
      perplexity,
    );
    cols.set(near, i * k);
    values.set(p, i * k);
    rowStart[i + 1] = (i + 1) * k;
    onRow?.(i, n);
  }
  return symmetrise({ n, rowStart, cols, values });
}

/** (C + Cᵀ) / 2n of conditional rows C — a sorted-row merge with the transpose, O(entries). */
export function symmetrise(c: Affinities): Affinities {
  if (c.cols.length === c.n * (c.n - 1)) return symmetriseFull(c);
  const t = transpose(c);
  const n = c.n;
  const rowStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) rowStart[i + 1] = rowStart[i] + mergeRow(c, t, i, () => {});
  const cols = new Int32Array(rowStart[n]);
  const values = new Float64Array(rowStart[n]);
  for (let i = 0, at = 0; i < n; i++) {
    mergeRow(c, t, i, (col, v) => {
      cols[at] = col;
      values[at++] = v / (2 * n);
    });
  }
  return { n, rowStart, cols, values };
}

/** Calls `emit` for each column of row i in C or T, ascending, with the summed value; returns the count. */
function mergeRow(c: Affinities, t: Affinities, i: number, emit: (col: number, v: number) => void): number {
  const n = c.n;
  let a = c.rowStart[i],
    b = t.rowStart[i],
    count = 0;
  const aEnd = c.rowStart[i + 1],
    bEnd = t.rowStart[i + 1];
  while (a < aEnd || b < bEnd) {
    const ca = a < aEnd ? c.cols[a] : n,
      cb = b < bEnd ? t.cols[b] : n;
    const col = Math.min(ca, cb);
    let v = 0;
    if (ca === col) v += c.values[a++];
    if (cb === col) v += t.values[b++];
    emit(col, v);
    count++;
  }
  return count;
}

/** The all-pairs case without a transpose: row i holds every j ≠ i in order, so c(j, i) is found directly. */
function symmetriseFull(c: Affinities): Affinities {
  const n = c.n,
    m = n - 1;
  const values = new Float64Array(c.values.length);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      values[i * m + (j < i ? j : j - 1)] = (c.values[i * m + (j < i ? j : j - 1)] + c.values[j * m + (i < j ? i : i - 1)]) / (2 * n);
    }
  }
  return { n, rowStart: c.rowStart, cols: c.cols, values };
}

/** The transpose of a CSR matrix (counting sort by column keeps columns ascending). */
export function transpose(c: Affinities): Affinities {
  const n = c.n,
    m = c.cols.length;
  const rowStart = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) rowStart[c.cols[e] + 1]++;
  for (let i = 0; i < n; i++) rowStart[i + 1] += rowStart[i];
  const fill = rowStart.slice(0, n);
  const cols = new Int32Array(m);
  const values = new Float64Array(m);
  for (let i = 0; i < n; i++) {
    for (let e = c.rowStart[i]; e < c.rowStart[i + 1]; e++) {
      const at = fill[c.cols[e]]++;
      cols[at] = i;
      values[at] = c.values[e];
    }
  }
  return { n, rowStart, cols, values };
}
