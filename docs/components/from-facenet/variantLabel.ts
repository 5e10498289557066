// One ablation row of data/lfw/ablations.json in words: the crop, flip and input standardisation it
// was embedded with (the metric is shown apart, as it changes no embedding).
import { msg } from "../i18n.js";

export interface AblationRow {
  variant: string;
  align: "chip" | "margin";
  margin?: number;
  flip: boolean;
  standardisation?: "fixed" | "prewhiten";
  metric: "euclidean" | "cosine";
  view2: { accuracy: number; std: number; val: number } | null;
  devTestBestThreshold: number | null;
  made?: string;
  embedCommand?: string;
}

/** "5-point chip · flip", "margin crop 44 px", "5-point chip · prewhitened"… */
export function variantLabel(r: AblationRow): string {
  const t = msg.fromFacenet;
  const crop = r.align === "chip" ? t.chip : t.marginCrop(r.margin ?? 32);
  return [crop, r.flip ? t.flip : null, r.standardisation === "prewhiten" ? t.prewhitened : null].filter(Boolean).join(" · ");
}
