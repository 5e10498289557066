// The 6,000 View 2 pairs with their distances: results.json stores squared distances (as facenet's
// validate_on_lfw.py computes them); the page shows plain distances, which order pairs the same way.
import { parsePairs } from "facelab";
import type { ScoredPair } from "./confusionAt.js";

export interface LfwPair extends ScoredPair {
  a: string;
  b: string;
  /** 0…9: pairs.txt lists the folds one after the other, 600 pairs each. */
  fold: number;
}

/** `pairs.txt` joined with `distances` (squared, in the same order). */
export function scoredPairs(pairsText: string, distances: readonly number[]): LfwPair[] {
  return parsePairs(pairsText).map((p, i) => ({ ...p, d: Math.sqrt(distances[i]), fold: Math.floor(i / 600) }));
}
