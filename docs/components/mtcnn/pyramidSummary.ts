// One line on the image pyramid of a detection: how many levels, for which size, and their scales.
import type { MtcnnTrace } from "facelab";

/** `<p>` naming the levels of `trace` for the minimum face `minFaceSize`. */
export function pyramidSummary(trace: MtcnnTrace, minFaceSize: number): HTMLParagraphElement {
  const p = document.createElement("p");
  p.textContent = `${trace.levels.length} levels for ${trace.width}×${trace.height} with min face ${minFaceSize} px: scales ${trace.levels.map((l) => l.scale.toFixed(3)).join(", ")}.`;
  return p;
}
