// The "Which detector? Which embedder?" page's exercise answers, computed when the reader presses
// "Check" from what the page holds at that moment: the embedders' pair distances, their ROC curves and
// the detectors' results on the reader's photo.
import { bestThresholdAccuracy, type Detection } from "facelab";
import type { Answer } from "../tryThis.js";
import { msg } from "../i18n.js";
import { pct } from "../pct.js";
import { tprAtFar, type RocXY } from "./embedderRoc.js";

export interface ScoredModel {
  name: string;
  /** The 6,000 View 2 pair distances, in pairs.txt order. */
  distances: ArrayLike<number>;
  /** Its 10-fold accuracy (mean over the folds). */
  tenFold: number;
}

/** Each model's accuracy with the threshold tuned on all the pairs it is scored on (deepface's protocol), against its 10-fold mean. */
export function tunedGains(models: readonly ScoredModel[], same: ArrayLike<boolean>): { name: string; tuned: number; tenFold: number; gain: number }[] {
  return models.map(({ name, distances, tenFold }) => {
    const tuned = bestThresholdAccuracy(distances, same).accuracy;
    return { name, tuned, tenFold, gain: tuned - tenFold };
  });
}

/** Which model gains most when its threshold is tuned on the scored pairs. */
export function tunedGainAnswer(models: readonly ScoredModel[], same: ArrayLike<boolean>): Answer {
  const gains = tunedGains(models, same);
  const best = gains.reduce((a, b) => (b.gain > a.gain ? b : a));
  const lines = gains.map((g) => msg.models.tunedLine(g.name, pct(g.tuned, 2), pct(g.tenFold, 2), (100 * g.gain).toFixed(2))).join(" ");
  return { choice: best.name, explain: msg.models.tunedExplain(lines, (100 * best.gain).toFixed(2)) };
}

/** Whether the gap between two models widens at FAR = `far` compared with their accuracy gap. */
export function valGapAnswer(
  a: { name: string; accuracy: number; roc: readonly RocXY[] },
  b: { name: string; accuracy: number; roc: readonly RocXY[] },
  far = 1e-3,
): Answer {
  const m = msg.models;
  const accGap = a.accuracy - b.accuracy;
  const valA = tprAtFar(a.roc, far);
  const valB = tprAtFar(b.roc, far);
  const valGap = valA - valB;
  return {
    choice: Math.abs(valGap) > Math.abs(accGap) ? m.choiceWider : m.choiceNarrower,
    explain: m.valGapExplain(a.name, b.name, pct(a.accuracy, 2), pct(b.accuracy, 2), pct(valA, 1), pct(valB, 1)),
  };
}

/** How many faces one detector found compared with the most any detector found on the same photo. */
export function detectorCountAnswer(results: readonly { name: string; faces: readonly Detection[]; error?: string }[] | null, name: string): Answer {
  const m = msg.models;
  if (!results) return { explain: m.runFirst };
  const counts = results.filter((r) => !r.error).map((r) => r.faces.length);
  const most = Math.max(0, ...counts);
  const found = results.find((r) => r.name === name)?.faces.length ?? 0;
  const choice = found === 0 ? m.choiceNone : found >= most ? m.choiceAll : m.choiceSome;
  return { choice, explain: m.countExplain(found, most) };
}

/** The detector with the shortest second (warm) run on this photo; the choice is its `family`, the explanation uses its `names`. */
export function fastestAnswer(
  results: readonly { name: string; secondMs: number; error?: string }[] | null,
  names: Record<string, string>,
  family: Record<string, string>,
): Answer {
  const m = msg.models;
  const ok = results?.filter((r) => !r.error) ?? [];
  if (ok.length === 0) return { explain: m.runFirst };
  const sorted = [...ok].sort((a, b) => a.secondMs - b.secondMs);
  const fastest = sorted[0];
  const slowest = sorted[sorted.length - 1];
  return {
    choice: family[fastest.name] ?? fastest.name,
    explain: m.fastestExplain(
      names[fastest.name] ?? fastest.name,
      Math.round(fastest.secondMs),
      names[slowest.name] ?? slowest.name,
      Math.round(slowest.secondMs),
    ),
  };
}
