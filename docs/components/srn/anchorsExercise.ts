// The exercise "how many anchors at 2048 px?": the answer is counted by the anchor tiling itself.
import { count } from "../count.js";
import { msg } from "../i18n.js";
import type { TryThis } from "../tryThis.js";
import { anchorTiling } from "./anchorTiling.js";

/** The exercise card's content; `inputSize` and `total` are the slider's size and its anchor count. */
export function anchorsExercise(inputSize: number, total: number): TryThis {
  const t = msg.srn.tryAnchors;
  return {
    id: "anchors-2048",
    question: t.question,
    action: t.action,
    choices: t.choices,
    check: () => {
      const a = anchorTiling(1024, 1024).total,
        b = anchorTiling(2048, 2048).total,
        r = b / a;
      return { choice: t.choices[r < 3 ? 0 : r < 6 ? 1 : 2], explain: t.explain(count(a), count(b), r.toFixed(2), inputSize, count(total)) };
    },
  };
}
