// Drawing on a photo: a canvas sized to the page width showing the photo, and helpers that draw
// boxes and landmarks given in source-image pixels (the library's one box convention).
import type { Box, Landmarks5 } from "facelab";

export interface PhotoCanvas {
  canvas: HTMLCanvasElement;
  ctx: CanvasRenderingContext2D;
  /** Display pixels per source pixel. */
  k: number;
}

/** A canvas showing `image` scaled to `width` CSS pixels (never enlarged beyond 2×). */
export function photoCanvas(image: ImageBitmap | HTMLCanvasElement, width: number): PhotoCanvas {
  const k = Math.min(width / image.width, 2);
  const canvas = document.createElement("canvas");
  const dpr = globalThis.devicePixelRatio || 1;
  canvas.width = Math.round(image.width * k * dpr);
  canvas.height = Math.round(image.height * k * dpr);
  canvas.style.width = `${Math.round(image.width * k)}px`;
  canvas.style.maxWidth = "100%";
  const ctx = canvas.getContext("2d") as CanvasRenderingContext2D;
  ctx.scale(dpr, dpr);
  ctx.drawImage(image, 0, 0, image.width * k, image.height * k);
  return { canvas, ctx, k };
}

export interface BoxStyle {
  color: string;
  lineWidth?: number;
  dash?: number[];
  label?: string;
  fill?: string;
}

/** Strokes a box (source pixels) with an optional label above it. */
export function drawBox({ ctx, k }: PhotoCanvas, [x1, y1, x2, y2]: Box, style: BoxStyle): void {
  ctx.save();
  ctx.strokeStyle = style.color;
  ctx.lineWidth = style.lineWidth ?? 2;
  ctx.setLineDash(style.dash ?? []);
  if (style.fill) {
    ctx.fillStyle = style.fill;
    ctx.fillRect(x1 * k, y1 * k, (x2 - x1) * k, (y2 - y1) * k);
  }
  ctx.strokeRect(x1 * k, y1 * k, (x2 - x1) * k, (y2 - y1) * k);
  if (style.label) {
    ctx.font = "12px system-ui, sans-serif";
    const w = ctx.measureText(style.label).width + 6;
    const y = Math.max(y1 * k - 16, 0);
    const x = Math.max(x1 * k - ctx.lineWidth / 2, 0); // a face cut by the photo's edge keeps its label in view
    ctx.fillStyle = style.color;
    ctx.fillRect(x, y, w, 16);
    ctx.fillStyle = "white";
    ctx.fillText(style.label, x + 3, y + 12);
  }
  ctx.restore();
}

const LANDMARK_COLORS = ["#4269d0", "#efb118", "#ff725c", "#6cc5b0", "#a463f2"];

/** Five landmark dots, one colour per point (eyes, nose, mouth corners). */
export function drawLandmarks({ ctx, k }: PhotoCanvas, points: Landmarks5): void {
  ctx.save();
  points.forEach(([x, y], i) => {
    ctx.fillStyle = LANDMARK_COLORS[i];
    ctx.strokeStyle = "white";
    ctx.beginPath();
    ctx.arc(x * k, y * k, Math.max(2.5, 3 * Math.min(k, 1)), 0, 2 * Math.PI);
    ctx.fill();
    ctx.stroke();
  });
  ctx.restore();
}
