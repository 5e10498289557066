/**
 * `detect --draw`: the image with each face's box and its five landmarks (when the detector gives them) drawn over it, as an SVG
 * overlay composited by sharp. Line widths scale with the image so marks stay visible on large photos.
 * Inputs that would share an output name (same base name from two folders) get distinct names.
 */
import path from "node:path";
import type { Detection, Pixels } from "../core/types.js";
import { isReduced, type Size } from "../image/imageLimits.js";
import { loadImage } from "../node/loadImage.js";
import { sharpOf } from "./encodePixels.js";
import { uniqueNames } from "./uniqueNames.js";
import { writeAtomic } from "../node/writeAtomic.js";

/** The SVG overlay for `faces` on a `width`×`height` image. */
function facesSvg(faces: readonly Detection[], width: number, height: number): string {
  const line = Math.max(2, Math.round(Math.min(width, height) / 250));
  const marks = faces.map(({ box: [x1, y1, x2, y2], landmarks }) => {
    const rect = `<rect x="${x1}" y="${y1}" width="${x2 - x1}" height="${y2 - y1}" fill="none" stroke="#00e676" stroke-width="${line}"/>`;
    const dots = (landmarks ?? []).map(([x, y]) => `<circle cx="${x}" cy="${y}" r="${line}" fill="#ff1744"/>`);
    return rect + dots.join("");
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${marks.join("")}</svg>`;
}

/**
 * The candidate names of `file` (an absolute path) for `--draw`, plainest first: its base name with
 * `.png` for PNG inputs and `.jpg` otherwise; then keeping the source extension (`a.jpeg.jpg`);
 * then, folder by folder, prefixed with the folders it sits in (`x_a.jpg`, `x_a.jpeg.jpg`, `p_x_a.jpg`, …).
 */
function drawOffers(file: string): string[] {
  const ext = path.extname(file);
  const out = ext.toLowerCase() === ".png" ? ".png" : ".jpg";
  const name = path.basename(file);
  const own = [name.slice(0, name.length - ext.length) + out, name + out];
  const folders = path
    .dirname(file)
    .split(path.sep)
    .filter((f) => f !== "" && !f.endsWith(":")); // no root or drive
  const prefixed: string[] = [];
  for (let k = 1; k <= folders.length; k++) prefixed.push(...own.map((n) => `${folders.slice(-k).join("_")}_${n}`));
  return [...own, ...prefixed];
}

/**
 * Where `--draw` writes each input in `outDir`: its base name (`.png` for PNG inputs, else `.jpg`),
 * made unique when inputs share it (see `drawOffers`); one file given twice maps to one output.
 */
export function drawPaths(inputs: readonly string[], outDir: string): Map<string, string> {
  const names = uniqueNames(
    inputs.map((input) => path.resolve(input)),
    drawOffers,
  );
  return new Map(inputs.map((input) => [input, path.join(outDir, names.get(path.resolve(input)) as string)]));
}

/**
 * Writes the image with `faces` (in the source's pixels) drawn to `file` (format from its extension);
 * returns the file. `pixels` are what the detector saw: the source itself, or a reduced copy, in
 * which case the source (`input`) is decoded again at its `original` size so the drawing is too.
 */
export async function drawFaces(input: string, pixels: Pixels, original: Size, faces: readonly Detection[], file: string): Promise<string> {
  const full = isReduced(original, pixels) ? await loadImage(input, input, { maxPixels: Infinity }) : pixels;
  const svg = Buffer.from(facesSvg(faces, full.width, full.height));
  const composed = sharpOf(full).composite([{ input: svg, top: 0, left: 0 }]);
  const bytes = await (file.endsWith(".png") ? composed.png() : composed.jpeg({ quality: 90 })).toBuffer();
  await writeAtomic(file, bytes);
  return file;
}
