/**
 * The cascade's bookkeeping between network passes, as pure functions on numbers: which candidates
 * survive each threshold and NMS, and how boxes are regressed and squared (facenet-pytorch
 * `detect_face`, stage by stage). The tensor side (`detector.ts`) only runs the nets.
 */
import { regress, square } from "../core/box.js";
import { nms } from "../core/nms.js";
import type { Box, Face, Landmarks5, Point } from "../core/types.js";
import { generateCandidates, type Candidate } from "./candidates.js";
import type { MtcnnConfig } from "./options.js";
import type { PyramidLevel } from "./pyramid.js";

/** P-Net's raw output for one pyramid level: probability `[rows, cols]`, regression `[rows, cols, 4]`. */
export interface ScaleMap {
  level: PyramidLevel;
  rows: number;
  cols: number;
  prob: Float32Array;
  reg: Float32Array;
}

/** One level's candidates and the indices that survive NMS within the level. */
interface ScaleProposals extends ScaleMap {
  candidates: Candidate[];
  kept: number[];
}

/** Stage 1's result: per-level proposals, the merged survivors, NMS across levels, regressed squares. */
export interface ProposalStage {
  scales: ScaleProposals[];
  /** Survivors of every level's NMS, concatenated. */
  merged: Candidate[];
  /** Indices into `merged` that survive NMS across levels. */
  kept: number[];
  /** The kept candidates after regression and squaring: R-Net's input boxes. */
  boxes: Box[];
  scores: number[];
}

/** Stage 1 bookkeeping from P-Net's maps. */
export function proposals(maps: ScaleMap[], config: MtcnnConfig): ProposalStage {
  const scales = maps.map((m) => {
    const candidates = generateCandidates(m.prob, m.reg, m.rows, m.cols, m.level.scale, config.thresholds[0]);
    const kept = nms(
      candidates.map((c) => c.box),
      candidates.map((c) => c.score),
      config.nmsPerScale,
    );
    return { ...m, candidates, kept };
  });
  const merged = scales.flatMap((s) => s.kept.map((i) => s.candidates[i]));
  const kept = nms(
    merged.map((c) => c.box),
    merged.map((c) => c.score),
    config.nmsAcrossScales,
  );
  // Stage-1 regression measures the window as x2 − x1 (no +1), as the reference does.
  const boxes = kept.map((i) => square(regress(merged[i].box, merged[i].reg, 0)));
  return { scales, merged, kept, boxes, scores: kept.map((i) => merged[i].score) };
}

/** What R-Net or O-Net made of its input boxes. */
export interface RefineStage {
  /** The square boxes that were cropped, and the crops' size (24 or 48). */
  input: Box[];
  size: number;
  /** The network's face probability for each input box. */
  scores: number[];
  /** Input indices whose score passes the stage threshold. */
  passed: number[];
  /** Input indices that survive the stage's NMS, best first (a subset of `passed`). */
  kept: number[];
  /** Output boxes (regressed; squared after R-Net) and scores, in `kept` order. */
  boxes: Box[];
  outputScores: number[];
}

/** The regression `[n, 4]` row of input `i` from a network's output rows of `width` values. */
const row = (out: Float32Array, width: number, i: number, from: number, count: number) => out.subarray(i * width + from, i * width + from + count);

/**
 * Stage 2 bookkeeping. `out` holds R-Net's rows `[prob, dx1, dy1, dx2, dy2]` per input box.
 * Threshold, NMS on the input boxes, then regression (+1 extent) and squaring.
 */
export function refine(input: Box[], out: Float32Array, config: MtcnnConfig): RefineStage {
  const scores = input.map((_, i) => out[i * 5]);
  const passed = input.map((_, i) => i).filter((i) => scores[i] > config.thresholds[1]);
  const order = nms(
    passed.map((i) => input[i]),
    passed.map((i) => scores[i]),
    config.nmsRNet,
  );
  const kept = order.map((k) => passed[k]);
  const boxes = kept.map((i) => square(regress(input[i], row(out, 5, i, 1, 4), 1)));
  return { input, size: 24, scores, passed, kept, boxes, outputScores: kept.map((i) => scores[i]) };
}

/** Stage 3's result: R-Net's bookkeeping plus each passed box's landmarks. */
export interface OutputStage extends RefineStage {
  /** Landmarks of every passed input box, in `passed` order. */
  landmarks: Landmarks5[];
  /** The regressed box of every passed input, in `passed` order: the boxes O-Net's NMS runs on. */
  regressed: Box[];
  /** The NMS survivors as faces, best first (boxes from `regressed`, landmarks from `landmarks`). */
  faces: Face[];
}

/** Landmarks from O-Net's fractions, relative to the (inclusive-pixel) input box. */
function landmarksOf(box: Box, p: Float32Array): Landmarks5 {
  const w = box[2] - box[0] + 1;
  const h = box[3] - box[1] + 1;
  const pt = (k: number): Point => [w * p[k] + box[0] - 1, h * p[5 + k] + box[1] - 1];
  return [pt(0), pt(1), pt(2), pt(3), pt(4)];
}

/**
 * Stage 3 bookkeeping. `out` holds O-Net's rows `[prob, reg×4, x×5, y×5]` per input box.
 * Threshold, landmarks, regression (+1 extent), then NMS by the smaller box's area.
 */
export function finish(input: Box[], out: Float32Array, config: MtcnnConfig): OutputStage {
  const scores = input.map((_, i) => out[i * 15]);
  const passed = input.map((_, i) => i).filter((i) => scores[i] > config.thresholds[2]);
  const landmarks = passed.map((i) => landmarksOf(input[i], row(out, 15, i, 5, 10)));
  const regressed = passed.map((i) => regress(input[i], row(out, 15, i, 1, 4), 1));
  const order = nms(
    regressed,
    passed.map((i) => scores[i]),
    config.nmsONet,
    config.nmsONetMode,
  );
  const kept = order.map((k) => passed[k]);
  const faces = order.map((k): Face => ({ box: regressed[k], score: scores[passed[k]], landmarks: landmarks[k] }));
  return {
    input,
    size: 48,
    scores,
    passed,
    kept,
    landmarks,
    regressed,
    faces,
    boxes: faces.map((f) => f.box),
    outputScores: faces.map((f) => f.score),
  };
}
