/**
 * How a clustering agrees with the true identities: purity (Manning, Raghavan & Schütze,
 * "Introduction to Information Retrieval", §16.3) and the adjusted Rand index (Hubert & Arabie 1985),
 * both from the contingency table. Noise points (negative labels) count as clusters of their own, so
 * calling everything noise is not rewarded.
 */

/** Contingency counts n_kc of cluster k and class c, with row and column sums. */
function contingency(
  clusters: ArrayLike<number>,
  classes: ArrayLike<number>,
): { table: Map<string, number>; rows: Map<number, number>; cols: Map<number, number> } {
  if (clusters.length !== classes.length) throw new RangeError(`contingency: ${clusters.length} cluster labels for ${classes.length} classes`);
  const table = new Map<string, number>(),
    rows = new Map<number, number>(),
    cols = new Map<number, number>();
  for (let i = 0; i < clusters.length; i++) {
    const k = clusters[i] < 0 ? -1 - i : clusters[i]; // each noise point alone
    const key = `${k}|${classes[i]}`;
    table.set(key, (table.get(key) ?? 0) + 1);
    rows.set(k, (rows.get(k) ?? 0) + 1);
    cols.set(classes[i], (cols.get(classes[i]) ?? 0) + 1);
  }
  return { table, rows, cols };
}

/** Purity: Σₖ max꜀ n_kc / n — each cluster counted as its majority class. */
export function purity(clusters: ArrayLike<number>, classes: ArrayLike<number>): number {
  const { table } = contingency(clusters, classes);
  const best = new Map<string, number>();
  for (const [key, count] of table) {
    const k = key.slice(0, key.indexOf("|"));
    best.set(k, Math.max(best.get(k) ?? 0, count));
  }
  let sum = 0;
  for (const v of best.values()) sum += v;
  return sum / clusters.length;
}

/** Adjusted Rand index: (Σ C(n_kc,2) − E) / (½(Σ C(aₖ,2) + Σ C(b꜀,2)) − E), E = Σ C(aₖ,2)·Σ C(b꜀,2) / C(n,2). */
export function adjustedRandIndex(clusters: ArrayLike<number>, classes: ArrayLike<number>): number {
  const { table, rows, cols } = contingency(clusters, classes);
  const pairs = (m: number) => (m * (m - 1)) / 2;
  const sum = (values: Iterable<number>) => {
    let s = 0;
    for (const v of values) s += pairs(v);
    return s;
  };
  const index = sum(table.values()),
    a = sum(rows.values()),
    b = sum(cols.values());
  const expected = (a * b) / pairs(clusters.length);
  const max = (a + b) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
}
