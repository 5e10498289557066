/**
 * Chinese whispers (Biemann 2006) as in facenet's contributed/clustering.py: a graph with an edge
 * between every two faces closer than `threshold`, weighted by their cosine similarity
 * (1 − d²/2 on unit vectors: facenet's dot-product weight); every face starts as its own cluster, then,
 * in seeded random order, each adopts the label with the largest total edge weight among its neighbours.
 */
import { seededRandom, sampleWithoutReplacement } from "../core/random.js";

export interface ChineseWhispersOptions {
  /** Edge when the Euclidean distance is below this (on unit embeddings). */
  threshold: number;
  /** Passes over all nodes (facenet: 20). */
  iterations?: number;
  /** Seed of the visiting order. */
  seed?: number;
}

/** Cluster label per point (0, 1, …, by first appearance) from `dist`, an n × n matrix of squared distances. */
export function chineseWhispers(dist: ArrayLike<number>, n: number, { threshold, iterations = 20, seed = 1 }: ChineseWhispersOptions): Int32Array {
  const edges = graph(dist, n, threshold * threshold);
  const label = Int32Array.from({ length: n }, (_, i) => i);
  const random = seededRandom(seed);
  const order = Array.from({ length: n }, (_, i) => i);
  const weight = new Float64Array(n);
  for (let it = 0; it < iterations; it++) {
    for (const i of sampleWithoutReplacement(order, n, random)) {
      let best = label[i],
        bestWeight = 0;
      for (const [j, w] of edges[i]) weight[label[j]] += w;
      for (const [j] of edges[i]) {
        const l = label[j];
        if (weight[l] > bestWeight || (weight[l] === bestWeight && l < best)) {
          best = l;
          bestWeight = weight[l];
        }
      }
      for (const [j] of edges[i]) weight[label[j]] = 0;
      label[i] = best;
    }
  }
  return relabel(label);
}

/** Neighbours within the squared radius and their weights, per node. */
function graph(dist: ArrayLike<number>, n: number, radius2: number): [number, number][][] {
  const edges: [number, number][][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const d2 = dist[i * n + j];
      if (d2 >= radius2) continue;
      const w = 1 - d2 / 2;
      edges[i].push([j, w]);
      edges[j].push([i, w]);
    }
  }
  return edges;
}

/** Labels renumbered 0, 1, … in order of first appearance; negative labels (noise) kept. */
export function relabel(labels: ArrayLike<number>): Int32Array {
  const ids = new Map<number, number>();
  return Int32Array.from(labels, (l) => (l < 0 ? l : (ids.get(l) ?? (ids.set(l, ids.size), ids.size - 1))));
}
