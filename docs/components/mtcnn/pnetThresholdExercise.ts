// "Try this": how many more windows pass P-Net at 0.3 than at 0.6 on the chosen level? Answered by
// re-thresholding that level's real probability map at both values.
import type { MtcnnTrace } from "facelab";
import { msg } from "../i18n.js";
import { tryThis } from "../tryThis.js";
import { pnetLevel } from "./pnetLevel.js";

/** The exercise card for level `levelIndex` of `trace` (null before the first detection). */
export function pnetThresholdExercise(trace: MtcnnTrace | null, levelIndex: number): HTMLElement {
  const t = msg.mtcnn.pnetThreshold;
  const [few, several, none] = t.choices;
  return tryThis({
    id: "pnet-threshold",
    question: t.question,
    action: t.action,
    choices: t.choices,
    check: () => {
      const at = (p: number) => (trace ? pnetLevel(trace, levelIndex, p)?.candidates.length : undefined);
      const a = at(0.6);
      const b = at(0.3);
      if (a === undefined || b === undefined) throw new Error(msg.mtcnn.noLevelYet);
      return {
        choice: b === a ? none : b >= 2 * a ? several : few,
        explain: t.explain(levelIndex, a, b, a ? (b / a).toFixed(1) : ""),
      };
    },
  });
}
