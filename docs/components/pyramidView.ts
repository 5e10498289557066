// The image pyramid drawn to scale: every level at its true size relative to the others, each with
// P-Net's fixed 12×12 window in its corner — the window is the same, the face it covers grows.
import type { PyramidLevel } from "facelab";
import { msg } from "./i18n.js";

/** A row of level thumbnails, all drawn with one common zoom so their sizes compare. */
export function pyramidView(image: ImageBitmap, levels: PyramidLevel[], width: number): HTMLElement {
  const root = document.createElement("div");
  root.className = "pyramid";
  if (levels.length === 0) {
    root.textContent = msg.mtcnn.noLevel;
    return root;
  }
  const zoom = Math.min(1, (width * 0.55) / levels[0].width);
  for (const level of levels) {
    const fig = document.createElement("figure");
    const c = document.createElement("canvas");
    c.width = Math.max(1, Math.round(level.width * zoom));
    c.height = Math.max(1, Math.round(level.height * zoom));
    const ctx = c.getContext("2d") as CanvasRenderingContext2D;
    ctx.drawImage(image, 0, 0, c.width, c.height);
    // P-Net's window, to scale; ringed so it stays findable when it is only a few pixels wide.
    const w = 12 * zoom;
    ctx.fillStyle = "rgba(255,59,48,0.45)";
    ctx.fillRect(2, 2, w, w);
    ctx.strokeStyle = "#ff3b30";
    ctx.lineWidth = 1.5;
    ctx.strokeRect(2, 2, w, w);
    if (w < 14 && c.width > 30 && c.height > 30) {
      ctx.beginPath();
      ctx.arc(2 + w / 2, 2 + w / 2, w / 2 + 6, 0, 2 * Math.PI);
      ctx.stroke();
    }
    const cap = document.createElement("figcaption");
    cap.textContent = `×${level.scale.toFixed(3)} · ${level.width}×${level.height}`;
    fig.append(c, cap);
    root.append(fig);
  }
  return root;
}
