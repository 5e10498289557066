// "Try this": does a scale factor of 0.8 instead of 0.709 give more or fewer pyramid levels? Answered
// from the pyramid of the photo on the page at the current minimum face size.
import type { MtcnnTrace } from "facelab";
import { msg } from "../i18n.js";
import { tryThis } from "../tryThis.js";
import { megapixels, pyramidCost } from "./pyramidCost.js";

/** The exercise card for `trace` (null before the first detection) at `minFaceSize`. */
export function scaleFactorExercise(trace: MtcnnTrace | null, minFaceSize: number): HTMLElement {
  const t = msg.mtcnn.scaleFactor;
  const [more, fewer, same] = t.choices;
  return tryThis({
    id: "scale-factor",
    question: t.question,
    action: t.action,
    choices: t.choices,
    check: () => {
      if (!trace) throw new Error(msg.mtcnn.noPhoto);
      const a = pyramidCost(trace.width, trace.height, minFaceSize, 0.709);
      const b = pyramidCost(trace.width, trace.height, minFaceSize, 0.8);
      return {
        choice: b.levels > a.levels ? more : b.levels < a.levels ? fewer : same,
        explain: t.explain(minFaceSize, a.levels, megapixels(a.pixels), b.levels, megapixels(b.pixels)),
      };
    },
  });
}
