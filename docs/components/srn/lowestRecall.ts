// The bucket where a detector finds the smallest share of its faces (a WIDER FACE record's breakdown).

/** A bucket of a WIDER FACE record's breakdown (data/wider/<detector>-eval.json). */
export interface WiderBucket {
  label: string;
  faces: number;
  recalled: number;
  recall: number | null;
}

/** The bucket of `buckets` with the lowest recall (the first of equals), or undefined if none has one. */
export function lowestRecall(buckets: readonly WiderBucket[]): WiderBucket | undefined {
  let low: WiderBucket | undefined;
  for (const b of buckets) if (b.recall !== null && (low === undefined || b.recall < (low.recall as number))) low = b;
  return low;
}
