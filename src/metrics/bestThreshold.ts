/**
 * The best single threshold on a set of verification pairs and its accuracy: a pair is "same person"
 * when its distance is below the threshold. Optimistic — the threshold is tuned on the pairs it is
 * scored on — but a quick, fair yardstick to follow a model as it trains. Exact: every distinct cut
 * between sorted distances is tried, not a grid.
 */

/** The threshold (midway between two sorted distances) with the highest accuracy, and that accuracy. */
export function bestThresholdAccuracy(dist: ArrayLike<number>, same: ArrayLike<boolean>): { threshold: number; accuracy: number } {
  const n = dist.length;
  if (n === 0 || same.length !== n) throw new Error(`bestThresholdAccuracy: ${n} distances and ${same.length} labels`);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => dist[a] - dist[b]);
  let correct = 0;
  for (let i = 0; i < n; i++) if (!same[i]) correct++; // threshold below every distance: all "different"
  let best = { threshold: dist[order[0]] - 1e-6, accuracy: correct / n };
  for (let r = 0; r < n; r++) {
    correct += same[order[r]] ? 1 : -1; // pair order[r] now predicted "same"
    const next = r + 1 < n ? dist[order[r + 1]] : dist[order[r]] + 1e-6;
    if (next === dist[order[r]]) continue; // a cut must fall between distinct values
    if (correct / n > best.accuracy) best = { threshold: (dist[order[r]] + next) / 2, accuracy: correct / n };
  }
  return best;
}
