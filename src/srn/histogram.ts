/**
 * Histograms on a log₂ axis (face sizes span 1–1000+ px, aspect ratios 0.1–10) and on a linear axis
 * (IoU), as plain `{lo, hi, count}` bins that serialise compactly and plot directly.
 */

export interface Bin {
  lo: number;
  hi: number;
  count: number;
}

/** Bin edges lo·2^(k/perOctave) up to hi. Values outside [lo, hi) go to the first or last bin. */
export function logBins(values: Iterable<number>, lo: number, hi: number, perOctave = 2): Bin[] {
  const n = Math.ceil(Math.log2(hi / lo) * perOctave - 1e-9);
  const edge = (k: number) => Number((lo * 2 ** (k / perOctave)).toPrecision(6));
  const bins = Array.from({ length: n }, (_, k) => ({ lo: edge(k), hi: edge(k + 1), count: 0 }));
  for (const v of values) {
    const k = Math.floor(Math.log2(v / lo) * perOctave + 1e-9);
    bins[Math.min(n - 1, Math.max(0, k))].count++;
  }
  return bins;
}

/** `n` equal bins over [lo, hi]; the top edge is included in the last bin. */
export function linearBins(values: Iterable<number>, lo: number, hi: number, n: number): Bin[] {
  const step = (hi - lo) / n;
  const bins = Array.from({ length: n }, (_, k) => ({
    lo: Number((lo + k * step).toPrecision(6)),
    hi: Number((lo + (k + 1) * step).toPrecision(6)),
    count: 0,
  }));
  for (const v of values) bins[Math.min(n - 1, Math.max(0, Math.floor((v - lo) / step)))].count++;
  return bins;
}
