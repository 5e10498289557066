// Where dlib's published LFW figure and ours part, read from the precomputed ablations
// (data/lfw/ablations.json): the pipeline's own chip (MTCNN's landmarks) against chips placed by
// dlib-style landmarks and against dlib's jitter, each with and without flip, all on the one split
// every row has (View 2's 10 folds when all were run on it, else View 1's dev-test split).
import type { AblationRow } from "./alignmentCost.js";

/** One variant's accuracy on the common split. */
export interface GapEntry {
  landmarks: "mtcnn" | "dlib68" | "dlib5";
  flip: boolean;
  jitter: number;
  accuracy: number;
  /** View 2's 10-fold accuracy and its spread, where this variant was run on all of View 2. */
  view2: { accuracy: number; std: number; val: number } | null;
}

export interface DlibGap {
  split: "view2" | "devTest";
  entries: GapEntry[];
  /** The pipeline's own chip without flip or jitter, the yardstick of the others. */
  baseline: GapEntry;
  best: GapEntry;
}

/** The chip variants of dlib's network (Euclidean, the network's own standardisation) on a split they all have. */
export function dlibGap(rows: readonly AblationRow[]): DlibGap | null {
  const chips = rows.filter((r) => r.align === "chip" && r.metric === "euclidean" && (r.standardisation ?? "fixed") === "fixed");
  if (!chips.some((r) => r.chipLandmarks || r.jitter)) return null;
  const split = chips.every((r) => r.view2) ? "view2" : "devTest";
  const entries = chips.map((r) => ({
    landmarks: (r.chipLandmarks ?? "mtcnn") as GapEntry["landmarks"],
    flip: r.flip,
    jitter: r.jitter ?? 0,
    accuracy: split === "view2" ? (r.view2?.accuracy as number) : r.devTestBestThreshold,
    view2: r.view2 ? { accuracy: r.view2.accuracy, std: r.view2.std, val: r.view2.val } : null,
  }));
  const baseline = entries.find((e) => e.landmarks === "mtcnn" && !e.flip && !e.jitter);
  if (!baseline) return null;
  const best = entries.reduce((a, b) => (b.accuracy > a.accuracy ? b : a));
  return { split, entries, baseline, best };
}

/** The entry with these settings, if it was measured. */
export function gapEntry(gap: DlibGap, landmarks: GapEntry["landmarks"], flip: boolean, jitter = 0): GapEntry | undefined {
  return gap.entries.find((e) => e.landmarks === landmarks && e.flip === flip && e.jitter === jitter);
}
