/**
 * Parity between facelab's detections and a reference's, in the reference JSON schema:
 * faces matched one-to-one greedily by IoU, then the figures the MTCNN issue sets targets for.
 */
import { matchBoxes } from "../src/core/matchBoxes.js";
import type { Box, Point } from "../src/core/types.js";

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

export interface Agreement {
  /** Faces of `a` / of `b`, and pairs matched one-to-one at IoU ≥ 0.5. */
  facesA: number;
  facesB: number;
  matched: number;
  /** Largest differences over matched pairs: a box coordinate and a landmark coordinate (px), the score. */
  maxBoxDiff: number;
  maxLandmarkDiff: number;
  maxScoreDiff: number;
  /** Largest box-coordinate difference as a share of the box's width in `a`. */
  maxBoxDiffOfWidth: number;
  /** Matched pairs overlapping at IoU < 0.9: the same face, but a box that moved. */
  belowIou09: number;
  /** The matched pair that overlaps least: its image, IoU and width in `a` (px). */
  leastOverlap: { key: string; iou: number; width: number } | null;
}

/** How closely two runs of a detector agree on the same images (e.g. float16 weights against float32). */
export function agreement(a: Record<string, { faces: RefFace[] }>, b: Record<string, { faces: RefFace[] }>): Agreement {
  const r: Agreement = {
    facesA: 0,
    facesB: 0,
    matched: 0,
    maxBoxDiff: 0,
    maxLandmarkDiff: 0,
    maxScoreDiff: 0,
    maxBoxDiffOfWidth: 0,
    belowIou09: 0,
    leastOverlap: null,
  };
  for (const key of Object.keys(a)) {
    const fa = a[key].faces;
    const fb = b[key]?.faces ?? [];
    r.facesA += fa.length;
    r.facesB += fb.length;
    for (const [i, j, v] of matchBoxes(
      fa.map((f) => f.box),
      fb.map((f) => f.box),
      0.5,
    )) {
      r.matched++;
      const width = fa[i].box[2] - fa[i].box[0];
      if (v < 0.9) r.belowIou09++;
      if (!r.leastOverlap || v < r.leastOverlap.iou) r.leastOverlap = { key, iou: v, width };
      fa[i].box.forEach((x, k) => {
        const d = Math.abs(x - fb[j].box[k]);
        r.maxBoxDiff = Math.max(r.maxBoxDiff, d);
        r.maxBoxDiffOfWidth = Math.max(r.maxBoxDiffOfWidth, d / width);
      });
      fa[i].landmarks.forEach((p, k) => {
        const q = fb[j].landmarks[k];
        r.maxLandmarkDiff = Math.max(r.maxLandmarkDiff, Math.abs(p[0] - q[0]), Math.abs(p[1] - q[1]));
      });
      r.maxScoreDiff = Math.max(r.maxScoreDiff, Math.abs(fa[i].score - fb[j].score));
    }
  }
  return r;
}
