/**
 * The toolbox's precision–recall curve (`image_pr_info` + `dataset_pr_info`): scores are first
 * normalised to [0, 1] over the whole detection set; then at each of 1000 thresholds 0.999, 0.998,
 * …, 0 every image's detections scoring at least the threshold (a prefix of the sorted list) give a
 * proposal count and a recalled-face count, summed over images. Precision is recalled faces /
 * proposals, recall is recalled faces / counted faces — so a duplicate lowers precision, and
 * precision counts faces found rather than true-positive boxes.
 */

/** The toolbox's number of score thresholds (`thresh_num = 1000` in `evaluation.m`). */
export const WIDER_THRESHOLD_COUNT = 1000;

/** Threshold `k` (0-based) of `count`, from just under 1 down to 0, computed as the toolbox does. */
export function widerThreshold(k: number, count = WIDER_THRESHOLD_COUNT): number {
  return 1 - (k + 1) / count;
}

/** Sums over images of proposals and recalled faces at each threshold. */
export interface WiderPrCounts {
  proposals: Float64Array; // [thresholds]
  recalled: Float64Array; // [thresholds]
}

export function emptyPrCounts(count = WIDER_THRESHOLD_COUNT): WiderPrCounts {
  return { proposals: new Float64Array(count), recalled: new Float64Array(count) };
}

/**
 * Adds one image to `counts` (mutated: it is the accumulator). `scores` are the image's normalised
 * scores, best first; `proposal` and `recalledAfter` come from `widerImageEval` in the same order.
 */
export function addImagePr(counts: WiderPrCounts, scores: ArrayLike<number>, proposal: ArrayLike<number>, recalledAfter: ArrayLike<number>): void {
  const n = counts.proposals.length;
  let taken = 0; // detections scoring ≥ the current threshold: thresholds fall, so this only grows
  let proposals = 0;
  for (let k = 0; k < n; k++) {
    const t = widerThreshold(k, n);
    while (taken < scores.length && scores[taken] >= t) proposals += proposal[taken++];
    if (taken === 0) continue;
    counts.proposals[k] += proposals;
    counts.recalled[k] += recalledAfter[taken - 1];
  }
}

/** One point of the curve. */
export interface WiderPrPoint {
  /** The normalised score threshold. */
  threshold: number;
  precision: number;
  recall: number;
}

/**
 * The dataset curve from summed counts and the number of counted faces. Thresholds with no proposal
 * (above every kept detection) are left out: their precision is 0/0, and at recall 0 they add
 * nothing to the average precision.
 */
export function prCurve(counts: WiderPrCounts, faces: number): WiderPrPoint[] {
  const points: WiderPrPoint[] = [];
  counts.proposals.forEach((p, k) => {
    if (p > 0)
      points.push({
        threshold: widerThreshold(k, counts.proposals.length),
        precision: counts.recalled[k] / p,
        recall: faces > 0 ? counts.recalled[k] / faces : 0,
      });
  });
  return points;
}
