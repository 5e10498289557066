/**
 * Distances of LFW pairs from stored embeddings, with facenet's two metrics (`distance()` in
 * src/facenet.py): "euclidean" — squared Euclidean distance of L2-normalised embeddings (0 … 4), and
 * "cosine" — the angle between them over π (0 … 1).
 */
import { dot, squaredDistance, unitVector } from "../math/vector.js";
import type { LfwPair } from "./pairs.js";

export type Metric = "euclidean" | "cosine";

/** Distance between two embeddings under `metric`. */
export function pairDistance(a: Float32Array, b: Float32Array, metric: Metric): number {
  const u = unitVector(a);
  const v = unitVector(b);
  return metric === "euclidean" ? squaredDistance(u, v) : Math.acos(Math.min(1, Math.max(-1, dot(u, v)))) / Math.PI;
}

/** Distances and ground truth for `pairs`; throws listing (up to five) images missing from `rowOf`. */
export function pairDistances(
  pairs: LfwPair[],
  rowOf: Map<string, number>,
  data: Float32Array,
  dim: number,
  metric: Metric,
): { dist: Float64Array; same: boolean[] } {
  const missing = [...new Set(pairs.flatMap((p) => [p.a, p.b]).filter((path) => !rowOf.has(path)))];
  if (missing.length) throw new Error(`${missing.length} pair images have no embedding, e.g. ${missing.slice(0, 5).join(", ")}`);
  const row = (path: string) => data.subarray((rowOf.get(path) as number) * dim, ((rowOf.get(path) as number) + 1) * dim);
  return { dist: Float64Array.from(pairs, (p) => pairDistance(row(p.a), row(p.b), metric)), same: pairs.map((p) => p.same) };
}
