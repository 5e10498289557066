/**
 * Distances of LFW pairs from stored embeddings, with facenet's two metrics (`distance()` in
 * src/facenet.py): "euclidean" — squared Euclidean distance of L2-normalised embeddings (0 … 4), and
 * "cosine" — the angle between them over π (0 … 1).
 */
import type { LfwPair } from "./pairs.js";

export type Metric = "euclidean" | "cosine";

function normalised(v: Float32Array): Float32Array {
  let s = 0;
  for (const x of v) s += x * x;
  const k = 1 / Math.sqrt(s || 1);
  return v.map((x) => x * k);
}

/** Distance between two embeddings under `metric`. */
export function pairDistance(a: Float32Array, b: Float32Array, metric: Metric): number {
  const u = normalised(a);
  const v = normalised(b);
  let dot = 0;
  let sq = 0;
  for (let i = 0; i < u.length; i++) {
    dot += u[i] * v[i];
    sq += (u[i] - v[i]) ** 2;
  }
  return metric === "euclidean" ? sq : Math.acos(Math.min(1, Math.max(-1, dot))) / Math.PI;
}

/** Distances and ground truth for `pairs`; throws listing (up to five) images missing from `rowOf`. */
export function pairDistances(pairs: LfwPair[], rowOf: Map<string, number>, data: Float32Array, dim: number, metric: Metric): { dist: Float64Array; same: boolean[] } {
  const missing = [...new Set(pairs.flatMap((p) => [p.a, p.b]).filter((path) => !rowOf.has(path)))];
  if (missing.length) throw new Error(`${missing.length} pair images have no embedding, e.g. ${missing.slice(0, 5).join(", ")}`);
  const row = (path: string) => data.subarray((rowOf.get(path) as number) * dim, ((rowOf.get(path) as number) + 1) * dim);
  return { dist: Float64Array.from(pairs, (p) => pairDistance(row(p.a), row(p.b), metric)), same: pairs.map((p) => p.same) };
}
