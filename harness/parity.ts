/**
 * Parity between facelab's detections and a reference's, in the reference JSON schema:
 * faces matched one-to-one greedily by IoU, then the figures the MTCNN issue sets targets for.
 */
import { matchBoxes } from "../../src/core/matchBoxes.js";
import type { Box, Point } from "../../src/core/types.js";

export interface RefFace {
  box: Box;
  score: number;
  landmarks: Point[];
}

export interface RefImage {
  width: number;
  height: number;
  faces: RefFace[];
}

export interface ParityReport {
  images: number;
  referenceFaces: number;
  facelabFaces: number;
  /** Reference faces scoring ≥ 0.9 / of those, matched with IoU ≥ 0.9. */
  confident: number;
  confidentMatched: number;
  /** Reference faces matched with IoU ≥ 0.5. */
  matched: number;
  /** facelab faces matching no reference face (IoU ≥ 0.5). */
  extra: number;
  /** Mean over matched faces of the mean landmark distance divided by the reference box width. */
  meanLandmarkError: number;
  /** Images whose detections differ (a reference face unmatched at 0.5, or an extra face). */
  mismatches: string[];
}

const dist = (a: Point, b: Point) => Math.hypot(a[0] - b[0], a[1] - b[1]);

/** Compares every image of `reference` with `ours` (same keys). */
export function parity(reference: Record<string, RefImage>, ours: Record<string, { faces: RefFace[] }>): ParityReport {
  const r: ParityReport = {
    images: 0,
    referenceFaces: 0,
    facelabFaces: 0,
    confident: 0,
    confidentMatched: 0,
    matched: 0,
    extra: 0,
    meanLandmarkError: 0,
    mismatches: [],
  };
  let lmSum = 0;
  for (const [key, ref] of Object.entries(reference)) {
    const mine = ours[key]?.faces ?? [];
    const refBoxes = ref.faces.map((f) => f.box);
    const myBoxes = mine.map((f) => f.box);
    const loose = matchBoxes(refBoxes, myBoxes, 0.5);
    const tight = new Set(matchBoxes(refBoxes, myBoxes, 0.9).map(([i]) => i));
    r.images++;
    r.referenceFaces += ref.faces.length;
    r.facelabFaces += mine.length;
    r.matched += loose.length;
    r.extra += mine.length - loose.length;
    ref.faces.forEach((f, i) => {
      if (f.score < 0.9) return;
      r.confident++;
      if (tight.has(i)) r.confidentMatched++;
    });
    for (const [i, j] of loose) {
      const rf = ref.faces[i];
      const w = rf.box[2] - rf.box[0];
      const d = rf.landmarks.reduce((s, p, k) => s + dist(p, mine[j].landmarks[k]), 0) / rf.landmarks.length;
      lmSum += d / w;
    }
    if (loose.length !== ref.faces.length || loose.length !== mine.length) r.mismatches.push(key);
  }
  r.meanLandmarkError = r.matched ? lmSum / r.matched : 0;
  return r;
}
