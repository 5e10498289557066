// The detection result over the photo: each face's box with its score, and its five landmarks.
import type { MtcnnTrace } from "facelab";
import { drawBox, drawLandmarks, photoCanvas } from "../draw.js";

/** A canvas `width` px wide with the faces of `trace` drawn over `image`. */
export function resultFigure(trace: MtcnnTrace, image: ImageBitmap, { width = 640 } = {}): HTMLCanvasElement {
  const pc = photoCanvas(image, width);
  for (const f of trace.faces) {
    drawBox(pc, f.box, { color: "#34c759", lineWidth: 2.5, label: f.score.toFixed(3) });
    drawLandmarks(pc, f.landmarks);
  }
  // The boxes in the photo's pixels, for the tests that compare detections across hosts and editions.
  pc.canvas.dataset.boxes = JSON.stringify(trace.faces.map((f) => f.box.map((v) => Math.round(v * 100) / 100)));
  return pc.canvas;
}
