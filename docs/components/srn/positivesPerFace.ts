// How many positive anchors each face of a photo gets at one matching step, for small and for larger
// faces: the anchors labelled positive whose best face it is (the best-anchor rule included).
import { labelAnchors, POSITIVE, type Box } from "facelab";
import type { MatchedAnchors } from "./matchAnchors.js";

export interface FaceGroup {
  /** Faces in the group. */
  faces: number;
  /** Mean positive anchors per face. */
  mean: number;
  /** Faces whose only positives come from the best-anchor rule (no anchor reaches the threshold). */
  onlyBest: number;
}

const side = ([x1, y1, x2, y2]: Box) => Math.sqrt(Math.max(0, x2 - x1) * Math.max(0, y2 - y1));

/** Faces below `small` px (√(w·h)) and the rest, with their positives at `thresholds`. */
export function positivesPerFace(
  { overlaps }: MatchedAnchors,
  faces: readonly Box[],
  thresholds: { positive: number; negative: number },
  small = 16,
): { small: FaceGroup; larger: FaceGroup } {
  const labels = labelAnchors(overlaps, thresholds);
  const count = new Array<number>(faces.length).fill(0);
  for (const i of overlaps.touched) if (labels[i] === POSITIVE && overlaps.gt[i] >= 0) count[overlaps.gt[i]]++;
  const group = (keep: (s: number) => boolean): FaceGroup => {
    const idx = faces.map((f, g) => [side(f), g] as const).filter(([s]) => keep(s));
    const total = idx.reduce((n, [, g]) => n + count[g], 0);
    const onlyBest = idx.filter(([, g]) => overlaps.bestIou[g] < thresholds.positive).length;
    return { faces: idx.length, mean: idx.length ? total / idx.length : 0, onlyBest };
  };
  return { small: group((s) => s < small), larger: group((s) => s >= small) };
}
