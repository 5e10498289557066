// The one-line summary of a detection: faces found, the photo and the size detected on, time, backend,
// pyramid levels and read-backs. Its `data-boxes` carries the boxes in the photo's own pixels, for the tests.
import { facesToSource, isReduced, reductionRatio, type MtcnnTrace } from "facelab";
import type { Photo } from "../photoPicker.js";

/** `<p id="detect-summary">` for `trace` of `photo`, run on `backend`. */
export function detectSummary(trace: MtcnnTrace, photo: Photo, backend: string): HTMLParagraphElement {
  const p = document.createElement("p");
  p.id = "detect-summary";
  p.className = "summary";
  p.dataset.boxes = JSON.stringify(facesToSource(trace.faces, trace, photo.original).map((f) => f.box.map(Math.round)));
  const n = trace.faces.length;
  const strong = Object.assign(document.createElement("strong"), { textContent: `${n} ${n === 1 ? "face" : "faces"}` });
  const { width, height } = photo.original;
  const reduced = isReduced(photo.original, trace) ? `, detected on a ${reductionRatio(photo.original, trace)} copy, ${trace.width}×${trace.height}` : "";
  p.append(
    strong,
    ` in ${photo.name} (${width}×${height}${reduced}) — ${trace.timings.total.toFixed(0)} ms on ${backend}, ${trace.levels.length} pyramid levels, ${trace.timings.reads} reads from the backend.`,
  );
  return p;
}
