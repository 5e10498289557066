/**
 * DBSCAN (Ester et al. 1996), as facenet's contributed/cluster.py runs it through scikit-learn: a
 * point with at least `minPts` points (itself included) within `eps` is a core point; clusters are
 * the core points reachable from one another plus the points within `eps` of them; the rest is noise.
 */

export interface DbscanOptions {
  /** Neighbourhood radius (Euclidean). */
  eps: number;
  /** Points within `eps`, the point itself included, that make a core point (sklearn's min_samples). */
  minPts: number;
}

/** The noise label. */
export const NOISE = -1;

/** Cluster label per point (0, 1, … in order of discovery, NOISE for noise) from squared distances `dist` (n × n). */
export function dbscan(dist: ArrayLike<number>, n: number, { eps, minPts }: DbscanOptions): Int32Array {
  const eps2 = eps * eps;
  const neighbours = (i: number) => {
    const out: number[] = [];
    for (let j = 0; j < n; j++) if (dist[i * n + j] <= eps2) out.push(j);
    return out;
  };
  const label = new Int32Array(n).fill(NOISE);
  const visited = new Uint8Array(n);
  let next = 0;
  for (let i = 0; i < n; i++) {
    if (visited[i]) continue;
    visited[i] = 1;
    const seeds = neighbours(i);
    if (seeds.length < minPts) continue; // noise unless a later cluster reaches it
    const cluster = next++;
    label[i] = cluster;
    for (let s = 0; s < seeds.length; s++) {
      const j = seeds[s];
      if (label[j] === NOISE) label[j] = cluster;
      if (visited[j]) continue;
      visited[j] = 1;
      const more = neighbours(j);
      if (more.length >= minPts) seeds.push(...more);
    }
  }
  return label;
}
