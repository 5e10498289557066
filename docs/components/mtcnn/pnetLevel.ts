// One pyramid level of P-Net's output, re-thresholded here so the page's slider also reaches below
// the detector's own threshold (0.6).
import { generateCandidates, type MtcnnTrace, type ScaleMap } from "facelab";

export interface PnetLevel {
  index: number;
  map: ScaleMap;
  threshold: number;
  /** The windows with a face probability ≥ `threshold`, with their regression offsets. */
  candidates: ReturnType<typeof generateCandidates>;
}

/** Level `index` of `trace` at `threshold`, or null when the pyramid is empty. */
export function pnetLevel(trace: MtcnnTrace, index: number, threshold: number): PnetLevel | null {
  const map = trace.pnet.scales[index];
  if (!map) return null;
  return { index, map, threshold, candidates: generateCandidates(map.prob, map.reg, map.rows, map.cols, map.level.scale, threshold) };
}
