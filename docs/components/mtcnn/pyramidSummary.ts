// One line on the image pyramid of a detection: how many levels, for which size, and their scales.
import type { MtcnnTrace } from "facelab";
import { msg } from "../i18n.js";

/** `<p>` naming the levels of `trace` for the minimum face `minFaceSize`. */
export function pyramidSummary(trace: MtcnnTrace, minFaceSize: number): HTMLParagraphElement {
  const p = document.createElement("p");
  p.textContent = msg.mtcnn.pyramidSummary(
    trace.levels.length,
    `${trace.width}×${trace.height}`,
    minFaceSize,
    trace.levels.map((l) => l.scale.toFixed(3)).join(msg.mtcnn.listSep),
  );
  return p;
}
