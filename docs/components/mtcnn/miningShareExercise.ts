// "Try this": does keeping 100 % of the batch instead of 70 % raise or lower the mean loss of the
// samples that train the network? Answered from the batch's real losses.
import type { Sample } from "../hardMining.js";
import { msg } from "../i18n.js";
import { tryThis } from "../tryThis.js";
import { keptSamples } from "./miningSummary.js";

const mean = (xs: readonly Sample[]) => xs.reduce((s, d) => s + d.loss, 0) / xs.length;

/** The exercise card for `batch` (empty before the first detection). */
export function miningShareExercise(batch: readonly Sample[]): HTMLElement {
  const t = msg.mtcnn.miningShare;
  const [up, down, same] = t.choices;
  return tryThis({
    id: "mining-share",
    question: t.question,
    action: t.action,
    choices: t.choices,
    check: () => {
      if (!batch.length) throw new Error(msg.mtcnn.noBatch);
      const a = mean(keptSamples(batch, 0.7));
      const b = mean(keptSamples(batch, 1));
      return { choice: b < a ? down : b > a ? up : same, explain: t.explain(a.toFixed(4), b.toFixed(4)) };
    },
  });
}
