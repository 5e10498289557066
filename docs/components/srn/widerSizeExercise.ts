// The exercise "which face size does MTCNN find least often?", answered from the loaded record.
import { msg } from "../i18n.js";
import { pct } from "../pct.js";
import type { TryThis } from "../tryThis.js";
import { lowestRecall, type WiderBucket } from "./lowestRecall.js";

/** The exercise card's content for MTCNN's `size` buckets. */
export function widerSizeExercise(buckets: readonly WiderBucket[]): TryThis {
  const t = msg.srn.tryWiderSize;
  const label = (b: WiderBucket) => msg.srn.widerBuckets[b.label] ?? b.label;
  return {
    id: "wider-size-recall",
    question: t.question,
    action: t.action,
    choices: buckets.map(label),
    check: () => {
      const low = lowestRecall(buckets);
      if (!low) return { explain: t.noData };
      const high = buckets.reduce((a, b) => ((b.recall ?? 0) > (a.recall ?? 0) ? b : a));
      return {
        choice: label(low),
        explain: t.explain(label(low), pct(low.recall ?? 0), low.recalled, low.faces, label(high), pct(high.recall ?? 0)),
      };
    },
  };
}
