// "Try this": what raising the minimum face size from 20 to 40 px does to P-Net's work, answered from
// the pyramid of the photo on the page at the current scale factor.
import type { MtcnnTrace } from "facelab";
import { msg } from "../i18n.js";
import { tryThis } from "../tryThis.js";
import { megapixels, pyramidCost } from "./pyramidCost.js";

/** The exercise card for `trace` (null before the first detection) at `scaleFactor`. */
export function minFaceExercise(trace: MtcnnTrace | null, scaleFactor: number): HTMLElement {
  const t = msg.mtcnn.minFace;
  const [twice, quarter, same] = t.choices;
  return tryThis({
    id: "min-face",
    question: t.question,
    action: t.action,
    choices: t.choices,
    check: () => {
      if (!trace) throw new Error(msg.mtcnn.noPhoto);
      const a = pyramidCost(trace.width, trace.height, 20, scaleFactor);
      const b = pyramidCost(trace.width, trace.height, 40, scaleFactor);
      const r = b.pixels / a.pixels;
      return {
        choice: r < 0.4 ? quarter : r > 1.5 ? twice : same,
        explain: t.explain(`${trace.width}×${trace.height}`, scaleFactor, a.levels, megapixels(a.pixels), b.levels, megapixels(b.pixels), (100 * r).toFixed(0)),
      };
    },
  });
}
