// The one-line summary of a detection: faces found, the photo and the size detected on, time, backend,
// pyramid levels and read-backs. Its `data-boxes` carries the boxes in the photo's own pixels, for the tests;
// `data-timings` the stages' milliseconds, for the benchmarks (bench/coldLoad.ts).
import { facesToSource, isReduced, reductionRatio, type MtcnnTrace } from "facelab";
import type { Photo } from "../photoPicker.js";
import { msg } from "../i18n.js";

/** `<p id="detect-summary">` for `trace` of `photo`, run on `backend`. */
export function detectSummary(trace: MtcnnTrace, photo: Photo, backend: string): HTMLParagraphElement {
  const p = document.createElement("p");
  p.id = "detect-summary";
  p.className = "summary";
  p.dataset.boxes = JSON.stringify(facesToSource(trace.faces, trace, photo.original).map((f) => f.box.map(Math.round)));
  p.dataset.timings = JSON.stringify(trace.timings);
  const n = trace.faces.length;
  const t = msg.mtcnn;
  const name = photo.name;
  const strong = Object.assign(document.createElement("strong"), { textContent: t.faces(n) });
  const { width, height } = photo.original;
  const reduced = isReduced(photo.original, trace) ? t.reducedOn(reductionRatio(photo.original, trace), `${trace.width}×${trace.height}`) : "";
  p.append(
    t.summaryBefore(name),
    strong,
    t.inPhoto(name),
    t.summaryRest(`${width}×${height}`, reduced, trace.timings.total.toFixed(0), backend, trace.levels.length, trace.timings.reads),
  );
  return p;
}
