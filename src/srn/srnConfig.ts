/**
 * SRN's design constants in one place, each with its source: Chi, Zhang, Xing, Lei, Li and Zou,
 * "Selective Refinement Network for High Performance Face Detection", AAAI 2019 (arXiv:1809.02693),
 * and the authors' release (github.com/ChiCheng123/SRN, `config/config.json`, `srn/model/*.py`).
 */

/** One pyramid level: its name and its total stride S (input pixels per feature-map cell). */
export interface SrnLevel {
  name: "P2" | "P3" | "P4" | "P5" | "P6" | "P7";
  stride: number;
}

/** P2–P7 with strides 4–128: "a 6-level feature pyramid" (paper §Network Structure). */
export const SRN_LEVELS: readonly SrnLevel[] = Object.freeze([
  { name: "P2", stride: 4 },
  { name: "P3", stride: 8 },
  { name: "P4", stride: 16 },
  { name: "P5", stride: 32 },
  { name: "P6", stride: 64 },
  { name: "P7", stride: 128 },
] as const);

export const SRN = Object.freeze({
  /**
   * Anchor sizes as multiples of the stride S: "two specific scales (2S and 2√2S)" (paper §Anchor
   * Design); the release writes `anchor_scales: [2, 2.828427]`. They cover 8–362 px.
   */
  anchorScales: Object.freeze([2, 2 * Math.SQRT2]) as readonly number[],
  /** "one aspect ratio (1.25)", height / width: faces are taller than wide (release: `anchor_ratios: [1.25]`). */
  anchorRatio: 1.25,
  /** Step one (the first-step classifier and regressor): positive IoU ≥ 0.7, negative IoU < 0.3 (the paper's training settings). */
  stepOne: Object.freeze({ positive: 0.7, negative: 0.3 }),
  /** Step two: positive IoU ≥ 0.5, negative IoU < 0.4 — RetinaNet's thresholds (the paper's training settings). */
  stepTwo: Object.freeze({ positive: 0.5, negative: 0.4 }),
  /** STC runs on P2–P4 (release: `multi_cls_levels: [0, 1, 2]`). */
  stcLevels: Object.freeze(["P2", "P3", "P4"]) as readonly string[],
  /** STR runs on P5–P7 (release: `multi_reg_levels: [3, 4, 5]`). */
  strLevels: Object.freeze(["P5", "P6", "P7"]) as readonly string[],
  /**
   * STC's filter: at inference, anchors whose first-step negative confidence exceeds 0.99 are dropped
   * (paper §STC: θ = 0.99; release `rpn_proposal.py` keeps first-step face scores > 0.01).
   */
  negativeFilter: 0.99,
  /** Focal loss (release: `cls_loss_type: sigmoid_focal_loss`) with RetinaNet's defaults α = 0.25, γ = 2 (Lin et al. 2017). */
  focal: Object.freeze({ alpha: 0.25, gamma: 2 }),
  /** The training input: square crops resized to 1024 × 1024 (paper §Data Augmentation). */
  inputSize: 1024,
});
