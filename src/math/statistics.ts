/**
 * Summary statistics of plain number lists, the one home for them: benchmarks, race summaries and the
 * SRN data pages all take medians the same way (the mean of the middle two for an even count, as
 * d3.median does).
 */

/** The median of `values` (mean of the middle two for an even count); NaN when empty. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
