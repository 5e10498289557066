// A face crop (library `Pixels`, RGB or RGBA) as a small canvas, for thumbnails on the pages.
import type { Pixels } from "facelab";

/** The crop drawn at `size` CSS pixels (pixelated when enlarged). */
export function pixelsCanvas(p: Pixels, size = 64, title = ""): HTMLCanvasElement {
  const c = document.createElement("canvas");
  c.width = p.width;
  c.height = p.height;
  c.style.width = c.style.height = `${size}px`;
  c.title = title;
  const ctx = c.getContext("2d") as CanvasRenderingContext2D;
  const img = ctx.createImageData(p.width, p.height);
  for (let i = 0, n = p.width * p.height; i < n; i++) {
    img.data[4 * i] = p.data[i * p.channels];
    img.data[4 * i + 1] = p.data[i * p.channels + 1];
    img.data[4 * i + 2] = p.data[i * p.channels + 2];
    img.data[4 * i + 3] = 255;
  }
  ctx.putImageData(img, 0, 0);
  return c;
}
