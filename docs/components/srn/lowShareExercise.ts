// The exercise "does the share of anchors on P2–P4 change with the input size?", answered from the
// tiling at four sizes.
import { msg } from "../i18n.js";
import { pct } from "../pct.js";
import type { TryThis } from "../tryThis.js";
import { anchorTiling } from "./anchorTiling.js";

/** The exercise card's content. */
export function lowShareExercise(): TryThis {
  const t = msg.srn.tryShare;
  return {
    id: "low-share-size",
    question: t.question,
    action: t.action,
    choices: t.choices,
    check: () => {
      const s = [256, 608, 1024, 2048].map((n) => [n, anchorTiling(n, n).lowShare] as const);
      const spread = Math.max(...s.map(([, v]) => v)) - Math.min(...s.map(([, v]) => v));
      const rising = s[3][1] - s[0][1];
      return {
        choice: t.choices[spread < 0.005 ? 2 : rising > 0 ? 0 : 1],
        explain: t.explain(s.map(([n, v]) => t.sizeShare(n, pct(v, 2))).join(msg.srn.listSeparator)),
      };
    },
  };
}
