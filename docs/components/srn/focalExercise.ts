// The exercise "what weight does the focal loss give an easy negative?", computed with facelab's losses
// at the sliders' α and γ.
import { crossEntropy, focalLoss } from "facelab";
import { count } from "../count.js";
import { msg } from "../i18n.js";
import type { TryThis } from "../tryThis.js";

/** The exercise card's content at the sliders' `alpha` and `gamma`. */
export function focalExercise(alpha: number, gamma: number): TryThis {
  const t = msg.srn.tryFocal;
  return {
    id: "focal-easy-negative",
    question: t.question,
    action: t.action,
    choices: t.choices,
    check: () => {
      const w = focalLoss(0.1, 0, { alpha, gamma }) / crossEntropy(0.9, 1);
      const r = 1 / w;
      return {
        choice: t.choices[r < 40 ? 0 : r < 400 ? 1 : 2],
        explain: t.explain(gamma, alpha, (1 - alpha).toFixed(2), (0.1 ** gamma).toPrecision(3), w.toPrecision(3), count(r)),
      };
    },
  };
}
