// Which boxes the NMS stepper works on, and with which threshold and overlap measure: the real inputs
// and settings of each NMS the detector ran for this photo.
import type { Box, MtcnnTrace, OverlapMode } from "facelab";

export const NMS_STAGES = ["P-Net, within the chosen level", "P-Net, across levels", "after R-Net", "after O-Net"] as const;
export type NmsStage = (typeof NMS_STAGES)[number];

export interface NmsInput {
  boxes: Box[];
  scores: number[];
  /** The detector's own threshold and overlap measure for this NMS. */
  threshold: number;
  mode: OverlapMode;
}

/** The candidates entering the chosen NMS (`level` picks the pyramid level for the first stage). */
export function nmsCandidates(trace: MtcnnTrace, stage: NmsStage, level: number): NmsInput {
  const c = trace.config;
  if (stage === "P-Net, within the chosen level") {
    const cands = trace.pnet.scales[level]?.candidates ?? [];
    return { boxes: cands.map((d) => d.box), scores: cands.map((d) => d.score), threshold: c.nmsPerScale, mode: "union" };
  }
  if (stage === "P-Net, across levels") {
    const m = trace.pnet.merged;
    return { boxes: m.map((d) => d.box), scores: m.map((d) => d.score), threshold: c.nmsAcrossScales, mode: "union" };
  }
  if (stage === "after R-Net") {
    const s = trace.rnet;
    return { boxes: s.passed.map((i) => s.input[i]), scores: s.passed.map((i) => s.scores[i]), threshold: c.nmsRNet, mode: "union" };
  }
  // O-Net's NMS runs on the regressed boxes, by the smaller box's area.
  const s = trace.onet;
  return { boxes: s.regressed, scores: s.passed.map((i) => s.scores[i]), threshold: c.nmsONet, mode: c.nmsONetMode };
}
