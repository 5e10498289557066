/**
 * WIDER FACE evaluation as the official toolbox computes it (`evaluation.m` and its Python port
 * `WiderFace-Evaluation`): scores normalised over the whole detection set, each image matched by
 * `widerImageEval` (IoU ≥ 0.5, ignored faces neither found nor missed), the precision–recall curve
 * over 1000 thresholds (`widerPrCurve`) and its VOC average precision (`vocAp`). The official
 * easy / medium / hard subsets are lists shipped with the *validation* set's .mat files; this
 * function scores any set the caller names instead: every face not ignored, then each size and
 * attribute bucket as its own subset — the rest ignored, exactly as the toolbox scores its subsets.
 */
import type { Box } from "../core/types.js";
import type { WiderFace, WiderImage } from "../srn/widerAnnotations.js";
import { type WiderBucket, widerBreakdowns } from "./widerBuckets.js";
import { widerImageEval } from "./widerImageEval.js";
import { addImagePr, emptyPrCounts, prCurve, WIDER_THRESHOLD_COUNT, type WiderPrPoint } from "./widerPrCurve.js";
import { vocAp } from "./vocAp.js";

/** A detection: its box ([x1, y1, x2, y2], source pixels) and score (higher is more confident). */
export interface ScoredBox {
  box: Box;
  score: number;
}

export interface WiderEvalOptions {
  /** Overlap (`widerIou`) a detection needs to find a face. Default 0.5 (`IoU_thresh`, evaluation.m). */
  iou?: number;
  /** Faces left out of the score; detections on them are dropped. Default: those marked invalid. */
  ignore?: (face: WiderFace) => boolean;
  /** Number of score thresholds of the curve. Default 1000 (`thresh_num`, evaluation.m). */
  thresholds?: number;
}

/** The toolbox's settings, for the whole set of valid faces. */
export const DEFAULT_WIDER_EVAL: Required<WiderEvalOptions> = {
  iou: 0.5,
  ignore: (face) => face.invalid === 1,
  thresholds: WIDER_THRESHOLD_COUNT,
};

/** How detections score on one set of faces. */
export interface WiderScore {
  /** Faces counted (not ignored). */
  faces: number;
  /** Counted faces found by some detection. */
  recalled: number;
  /** recalled / faces with every detection kept (the detector's own operating point); null without faces. */
  recall: number | null;
  /** Recalled faces / proposals with every detection kept; null when no detection is a proposal. */
  precision: number | null;
  /** VOC average precision of the curve; null without faces. */
  ap: number | null;
}

export interface WiderEvaluation {
  /** Annotated images that have an entry in the detections (the others are not scored). */
  images: number;
  /** Annotated faces in those images, and how many of them are ignored. */
  faces: number;
  ignored: number;
  detections: number;
  /** Detections on images without an annotated face: the toolbox skips such images. */
  unscored: number;
  /** Detections whose best face is an ignored one (overall setting): neither true nor false. */
  dropped: number;
  /** Lowest and highest raw score: they map to 0 and 1 before thresholding. */
  scoreRange: [number, number];
  overall: WiderScore;
  /** The overall curve, thresholds falling; `score` is the threshold in raw score units. */
  pr: (WiderPrPoint & { score: number })[];
  /** Each bucket scored as a subset (its faces counted, all others ignored). */
  breakdowns: Record<string, (WiderScore & { label: string })[]>;
}

/** An image ready to score: boxes and normalised scores sorted best first. */
interface Prepared {
  faces: readonly WiderFace[];
  boxes: Box[];
  detections: Box[];
  scores: Float64Array;
}

/** Options merged with the defaults and checked. */
function widerEvalOptions(options: WiderEvalOptions): Required<WiderEvalOptions> {
  const o = {
    iou: options.iou ?? DEFAULT_WIDER_EVAL.iou,
    ignore: options.ignore ?? DEFAULT_WIDER_EVAL.ignore,
    thresholds: options.thresholds ?? DEFAULT_WIDER_EVAL.thresholds,
  };
  if (!(o.iou > 0 && o.iou <= 1)) throw new Error(`widerEvaluate: iou must be in (0, 1], got ${o.iou}`);
  if (!Number.isInteger(o.thresholds) || o.thresholds < 1) throw new Error(`widerEvaluate: thresholds must be a positive integer, got ${o.thresholds}`);
  return o;
}

/**
 * Scores `detections` (by annotation path, e.g. `1--Handshaking/1_Handshaking_…jpg`) against the
 * annotated images that have an entry there.
 */
export function widerEvaluate(
  detections: ReadonlyMap<string, readonly ScoredBox[]>,
  annotations: readonly WiderImage[],
  options: WiderEvalOptions = {},
): WiderEvaluation {
  const opts = widerEvalOptions(options);
  const images = annotations.filter((a) => detections.has(a.path));
  const all = images.flatMap((a) => detections.get(a.path) as readonly ScoredBox[]);
  for (const d of all)
    if (!Number.isFinite(d.score) || !d.box.every(Number.isFinite))
      throw new Error(`widerEvaluate: a detection has a non-finite box or score (${JSON.stringify(d)})`);
  const lo = all.reduce((m, d) => Math.min(m, d.score), Number.POSITIVE_INFINITY);
  const hi = all.reduce((m, d) => Math.max(m, d.score), Number.NEGATIVE_INFINITY);
  // the toolbox divides by hi − lo; with one distinct score every detection passes every threshold
  const norm = (s: number) => (hi > lo ? (s - lo) / (hi - lo) : 1);
  const prepared = images.map((a) => prepare(a, detections.get(a.path) as readonly ScoredBox[], norm));
  const counted = (f: WiderFace) => !opts.ignore(f);
  const overall = scoreSubset(prepared, counted, opts);
  const breakdowns = Object.fromEntries(
    Object.entries(widerBreakdowns()).map(([name, buckets]) => [
      name,
      buckets.map((b) => ({ label: b.label, ...scoreSubset(prepared, inBucket(b, counted), opts).score })),
    ]),
  );
  return {
    images: images.length,
    faces: images.reduce((n, a) => n + a.faces.length, 0),
    ignored: images.reduce((n, a) => n + a.faces.filter(opts.ignore).length, 0),
    detections: all.length,
    unscored: prepared.reduce((n, p) => n + (p.faces.length === 0 ? p.detections.length : 0), 0),
    dropped: overall.dropped,
    scoreRange: all.length > 0 ? [lo, hi] : [0, 0],
    overall: overall.score,
    pr: overall.curve.map((p) => ({ ...p, score: hi > lo ? lo + p.threshold * (hi - lo) : lo })),
    breakdowns,
  };
}

const inBucket = (bucket: WiderBucket, counted: (f: WiderFace) => boolean) => (f: WiderFace) => counted(f) && bucket.has(f);

/** Sorts an image's detections best first (stable, as MATLAB's sort) and normalises their scores. */
function prepare(image: WiderImage, dets: readonly ScoredBox[], norm: (s: number) => number): Prepared {
  const sorted = [...dets].sort((a, b) => b.score - a.score);
  return {
    faces: image.faces,
    boxes: image.faces.map((f) => f.box),
    detections: sorted.map((d) => d.box),
    scores: Float64Array.from(sorted, (d) => norm(d.score)),
  };
}

/** The curve, AP and operating-point figures with the faces `keep` accepts counted, the rest ignored. */
function scoreSubset(images: readonly Prepared[], keep: (f: WiderFace) => boolean, opts: Required<WiderEvalOptions>) {
  const counts = emptyPrCounts(opts.thresholds);
  let faces = 0;
  let recalled = 0;
  let dropped = 0;
  for (const image of images) {
    const counted = image.faces.map(keep);
    faces += counted.filter(Boolean).length;
    if (image.faces.length === 0 || image.detections.length === 0) continue; // as the toolbox
    const m = widerImageEval(image.detections, image.boxes, counted, opts.iou);
    recalled += m.recalledAfter[m.recalledAfter.length - 1];
    dropped += m.proposal.length - m.proposal.reduce((n, p) => n + p, 0);
    addImagePr(counts, image.scores, m.proposal, m.recalledAfter);
  }
  const curve = prCurve(counts, faces);
  const last = curve.at(-1);
  const ap =
    faces > 0
      ? vocAp(
          curve.map((p) => p.recall),
          curve.map((p) => p.precision),
        )
      : null;
  const score: WiderScore = { faces, recalled, recall: faces > 0 ? recalled / faces : null, precision: last?.precision ?? null, ap };
  return { score, curve, dropped };
}
