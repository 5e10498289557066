// The four outcomes of verification at one distance threshold: a pair closer than the threshold is
// accepted as "same person". Pure, so the page's cards and its exercises count the same way.

export interface ScoredPair {
  /** Plain Euclidean distance between the two unit embeddings. */
  d: number;
  same: boolean;
}

export interface Confusion {
  TP: number;
  FP: number;
  TN: number;
  FN: number;
  accuracy: number;
}

/** Counts of true/false accepts and rejects of `pairs` at threshold `t`, and the accuracy. */
export function confusionAt(pairs: readonly ScoredPair[], t: number): Confusion {
  const c = { TP: 0, FP: 0, TN: 0, FN: 0 };
  for (const p of pairs) {
    if (p.d < t) p.same ? c.TP++ : c.FP++;
    else p.same ? c.FN++ : c.TN++;
  }
  return { ...c, accuracy: (c.TP + c.TN) / Math.max(1, pairs.length) };
}
