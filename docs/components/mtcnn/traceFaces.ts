// One traced detection for the MTCNN page: every stage's intermediate results for the photo, with a
// line in the page's busy indicator while it runs.
import type { DetectOptions, Mtcnn, MtcnnTrace } from "facelab";
import { pixelsFrom, type BackendName } from "facelab/browser";
import { msg } from "../i18n.js";

/** `mtcnn`'s trace of `image` with `options`, or null without an image. */
export async function traceFaces(
  mtcnn: Mtcnn,
  backend: BackendName,
  image: ImageBitmap | null,
  options: DetectOptions,
  busy: HTMLElement,
): Promise<MtcnnTrace | null> {
  busy.textContent = msg.mtcnn.detecting(backend);
  const start = performance.now();
  const trace = image ? await mtcnn.trace(pixelsFrom(image), options) : null;
  if (trace) {
    // User Timing for the benchmarks: bench/coldLoad.ts reads the first mark, bench/warmUp.ts every measure
    performance.mark("facelab:detection");
    performance.measure("facelab:trace", { start });
  }
  busy.textContent = "";
  return trace;
}
