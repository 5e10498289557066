/**
 * `detect --draw`: the image with each face's box and five landmarks drawn over it, as an SVG
 * overlay composited by sharp. Line widths scale with the image so marks stay visible on large photos.
 */
import path from "node:path";
import type { Face, Pixels } from "../core/types.js";
import { sharpOf } from "./encodePixels.js";
import { writeAtomic } from "./writeAtomic.js";

/** The SVG overlay for `faces` on a `width`×`height` image. */
export function facesSvg(faces: readonly Face[], width: number, height: number): string {
  const line = Math.max(2, Math.round(Math.min(width, height) / 250));
  const marks = faces.map(({ box: [x1, y1, x2, y2], landmarks }) => {
    const rect = `<rect x="${x1}" y="${y1}" width="${x2 - x1}" height="${y2 - y1}" fill="none" stroke="#00e676" stroke-width="${line}"/>`;
    const dots = landmarks.map(([x, y]) => `<circle cx="${x}" cy="${y}" r="${line}" fill="#ff1744"/>`);
    return rect + dots.join("");
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${marks.join("")}</svg>`;
}

/** Where `--draw` writes `input`: same base name in `outDir`, `.png` for PNG inputs, else `.jpg`. */
export function drawPath(input: string, outDir: string): string {
  const ext = path.extname(input);
  return path.join(outDir, path.basename(input, ext) + (ext.toLowerCase() === ".png" ? ".png" : ".jpg"));
}

/** Writes `pixels` with `faces` drawn to `file` (format from its extension); returns the file. */
export async function drawFaces(pixels: Pixels, faces: readonly Face[], file: string): Promise<string> {
  const svg = Buffer.from(facesSvg(faces, pixels.width, pixels.height));
  const composed = sharpOf(pixels).composite([{ input: svg, top: 0, left: 0 }]);
  const bytes = await (file.endsWith(".png") ? composed.png() : composed.jpeg({ quality: 90 })).toBuffer();
  await writeAtomic(file, bytes);
  return file;
}
