// P-Net's face-probability map of one pyramid scale, painted over the photo: each map cell is the
// 12×12 window at stride 2 of that scale, so in source pixels a cell is 2/scale wide and its window
// is centred 6/scale from the cell's origin.
// d3's colour scales are imported when a map is first painted, below the first detection, so the MTCNN
// page does not download them before its first figure.
import type { ScaleMap } from "facelab";
import { photoCanvas, type PhotoCanvas } from "./draw.js";

/** The photo, dimmed, with the probability map of `map` as a colour overlay (transparent where p ≈ 0). */
export async function heatmap(image: ImageBitmap, map: ScaleMap, width: number): Promise<PhotoCanvas> {
  const [{ rgb }, { interpolateInferno }] = await Promise.all([import("d3-color"), import("d3-scale-chromatic")]);
  const pc = photoCanvas(image, width);
  const { ctx, k } = pc;
  ctx.fillStyle = "rgba(0,0,0,0.45)";
  ctx.fillRect(0, 0, image.width * k, image.height * k);
  const off = new OffscreenCanvas(map.cols, map.rows);
  const octx = off.getContext("2d") as OffscreenCanvasRenderingContext2D;
  const img = octx.createImageData(map.cols, map.rows);
  for (let i = 0; i < map.prob.length; i++) {
    const p = map.prob[i];
    const c = rgb(interpolateInferno(0.35 + 0.65 * p));
    img.data.set([c.r, c.g, c.b, Math.round(255 * Math.min(1, p * 1.2))], 4 * i);
  }
  octx.putImageData(img, 0, 0);
  const s = map.level.scale;
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(off, (5 / s) * k, (5 / s) * k, ((2 * map.cols) / s) * k, ((2 * map.rows) / s) * k);
  return pc;
}
