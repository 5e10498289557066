// The distance threshold the LFW experiment chose: each of the 10 folds picks the squared distance
// that best separates its training pairs (facenet's validate_on_lfw.py); the pages use the mean over
// the folds, as a plain (not squared) Euclidean distance between unit embeddings.

interface LfwResults {
  /** Each fold's chosen threshold, a squared distance. */
  folds: readonly { threshold: number }[];
}

/** The mean fold threshold of `results.json`, as a distance (the square root of the mean squared one). */
export function lfwThreshold(results: LfwResults): number {
  return Math.sqrt(results.folds.reduce((s, f) => s + f.threshold, 0) / results.folds.length);
}
