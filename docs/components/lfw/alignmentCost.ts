// What the alignment costs on LFW, read from the precomputed ablations (data/lfw/ablations.json): the
// chip and margin rows at the same flip and metric, compared on a split both have — View 2 (10-fold)
// when both were run on it, otherwise View 1's dev-test split (best single threshold, 1,000 pairs).

export interface AblationRow {
  variant: string;
  align: "chip" | "margin";
  flip: boolean;
  metric: string;
  /** facenet's margin in pixels (margin rows); absent in rows made before it was recorded (then 32). */
  margin?: number | null;
  /** "fixed": the network's own input normalisation; "prewhiten": facenet's per-image one. Absent = fixed. */
  standardisation?: string | null;
  view2: { accuracy: number; std: number; val: number } | null;
  devTestBestThreshold: number;
  /** Landmarks of dlib's chip when not MTCNN's five: "dlib68" or "dlib5" (from a 68-point net). */
  chipLandmarks?: string | null;
  /** dlib-style jittered copies averaged per face (absent: none). */
  jitter?: number | null;
}

export interface AlignmentCost {
  split: "view2" | "devTest";
  chip: number;
  margin: number;
}

/** Chip and margin accuracy on the same split, or null when a row is missing. */
export function alignmentCost(rows: readonly AblationRow[], { flip = false, metric = "euclidean" } = {}): AlignmentCost | null {
  // Only alignment may differ: the network's own normalisation, and facenet's default 32 px margin.
  // (MTCNN's landmarks for the chip, no jitter: the pipeline's own crop.)
  const same = (r: AblationRow) => r.flip === flip && r.metric === metric && (r.standardisation ?? "fixed") === "fixed" && !r.chipLandmarks && !r.jitter;
  const chip = rows.find((r) => r.align === "chip" && same(r));
  const margin = rows.find((r) => r.align === "margin" && (r.margin ?? 32) === 32 && same(r));
  if (!chip || !margin) return null;
  if (chip.view2 && margin.view2) return { split: "view2", chip: chip.view2.accuracy, margin: margin.view2.accuracy };
  return { split: "devTest", chip: chip.devTestBestThreshold, margin: margin.devTestBestThreshold };
}
