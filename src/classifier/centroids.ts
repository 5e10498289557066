/**
 * The simplest face recogniser: each person is the mean of their embeddings, projected back onto the
 * unit sphere the embeddings live on, and a face is the nearest such centroid — or nobody ("unknown")
 * when even the nearest is farther than a distance threshold, e.g. the verification threshold of
 * the embedder's unit-length embeddings (dlib's ResNet: 0.41, DLIB_UNIT_THRESHOLD). Unlike the SVM it
 * can say "none of these people". A face is compared by its direction too (scaled to unit length
 * first): a centroid is a direction, and a raw dlib descriptor (length ≈ 1.4) would otherwise sit
 * ≈ 0.4 from every centroid before its direction counted at all.
 */
import { distance, unitVector } from "../math/vector.js";
import { checkDimension, describeSamples, type LabelledEmbedding } from "./samples.js";

export interface CentroidPrediction {
  /** The nearest person, or null when farther than the threshold ("unknown"). */
  label: string | null;
  /** Euclidean distance from the face's unit-length embedding to the nearest centroid (0 … 2). */
  distance: number;
  /** The nearest person whatever the distance. */
  nearest: string;
}

export interface CentroidModelJson {
  format: "facelab-centroids";
  version: 1;
  labels: string[];
  dimension: number;
  /** One unit-length centroid per label, same order. */
  centroids: number[][];
  /** How many embeddings each centroid averages. */
  counts: number[];
}

export interface CentroidClassifier {
  labels: string[];
  dimension: number;
  predict(embedding: Float32Array, threshold: number): CentroidPrediction;
  toJSON(): CentroidModelJson;
}

/** One centroid per person (the unit-length mean of their embeddings). */
export function trainCentroids(samples: readonly LabelledEmbedding[]): CentroidClassifier {
  const { labels, dimension } = describeSamples(samples);
  const sums = labels.map(() => new Float64Array(dimension));
  const counts = labels.map(() => 0);
  for (const { label, embedding } of samples) {
    const k = labels.indexOf(label);
    counts[k]++;
    for (let d = 0; d < dimension; d++) sums[k][d] += embedding[d];
  }
  const centroids = sums.map((sum) => Array.from(unitVector(sum)));
  return loadCentroids({ format: "facelab-centroids", version: 1, labels, dimension, centroids, counts });
}

/** A centroid matcher from `toJSON()` output; throws naming the problem if `json` is not one. */
export function loadCentroids(json: CentroidModelJson): CentroidClassifier {
  checkCentroidJson(json);
  const { labels, dimension } = json;
  const centroids = json.centroids.map((c) => Float64Array.from(c));
  return {
    labels: labels.slice(),
    dimension,
    predict(embedding, threshold) {
      checkDimension(embedding, dimension);
      const face = unitVector(embedding);
      let best = 0;
      let bestDistance = Infinity;
      centroids.forEach((c, k) => {
        const d = distance(face, c);
        if (d < bestDistance) [best, bestDistance] = [k, d];
      });
      return { label: bestDistance <= threshold ? labels[best] : null, distance: bestDistance, nearest: labels[best] };
    },
    toJSON: () => ({ ...json, labels: labels.slice(), centroids: json.centroids.map((c) => c.slice()), counts: json.counts.slice() }),
  };
}

/** Throws unless `json` looks like a model written by `toJSON()`. */
export function checkCentroidJson(json: unknown): asserts json is CentroidModelJson {
  const j = json as Partial<CentroidModelJson> | null;
  if (typeof j !== "object" || j === null || j.format !== "facelab-centroids")
    throw new Error('Not a facelab centroid model (expected "format": "facelab-centroids").');
  if (j.version !== 1) throw new Error(`Unsupported centroid model version ${String(j.version)} (this facelab reads version 1).`);
  const n = Array.isArray(j.labels) ? j.labels.length : 0;
  if (n < 1 || !Array.isArray(j.centroids) || j.centroids.length !== n || !Array.isArray(j.counts) || j.counts.length !== n) {
    throw new Error("Centroid model: labels, centroids and counts must be non-empty lists of one length.");
  }
  if (!j.centroids.every((c) => Array.isArray(c) && c.length === j.dimension && c.every(Number.isFinite))) {
    throw new Error(`Centroid model: every centroid must have ${String(j.dimension)} finite numbers.`);
  }
}
