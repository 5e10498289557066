/**
 * Decodes an image file in Node with sharp: EXIF orientation applied, alpha dropped, grey and CMYK
 * converted to sRGB, 16-bit reduced to 8-bit, and photos over the detection budget (`detectionSize`)
 * reduced while decoding (libvips shrinks on load, so the full-size photo is never in memory). The
 * caller gets the size the photo really has (`original`) to map boxes back. Files that are empty, not
 * images, unsupported or truncated are refused first by `imageProblem`, with the same words the pages
 * use. BMP, which libvips does not read, is decoded by bmp-ts.
 */
import { readFile } from "node:fs/promises";
import sharp, { type Metadata } from "sharp";
import type { Pixels } from "../core/types.js";
import { imageProblem, sniffFormat, TAIL_BYTES } from "../image/imageBytes.js";
import { detectionSize, type DetectLimits, type Size } from "../image/imageLimits.js";
import { decodeBmp } from "./decodeBmp.js";

/** Thrown when a file cannot be decoded; the message names the file and the reason in one line. */
export class ImageLoadError extends Error {
  override name = "ImageLoadError";
}

/** A decoded image and the size the photo has (after EXIF orientation); the pixels are smaller only when it was over the budget. */
export interface LoadedImage {
  pixels: Pixels;
  original: Size;
}

function reason(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  if (/unsupported image format|Input file contains unsupported|bad seek|compression format has not been built/i.test(msg))
    return "not an image, or an unsupported format";
  if (/ENOENT|no such file|Input file is missing/i.test(msg)) return "no such file";
  if (/EISDIR|illegal operation on a directory/i.test(msg)) return "is a folder, not an image";
  if (/pixel limit/i.test(msg)) return "image too large to decode (over 268 megapixels)";
  if (/premature end|truncated|corrupt|VipsJpeg|VipsPng|libpng|read error/i.test(msg)) return "the file is truncated or corrupt";
  return msg.split("\n")[0];
}

/** The size after EXIF orientation (orientations 5–8 swap width and height). */
function orientedSize(meta: Metadata): Size {
  const swap = (meta.orientation ?? 1) >= 5;
  const [w, h] = [meta.width ?? 0, meta.height ?? 0];
  return swap ? { width: h, height: w } : { width: w, height: h };
}

/**
 * Decodes `file` (path or bytes) to RGB pixels within `limits` (by default the Node detection budget;
 * `{ maxPixels: Infinity }` keeps any size); `label` names it in errors.
 */
export async function readImage(file: string | Uint8Array, label = typeof file === "string" ? file : "image", limits: DetectLimits = {}): Promise<LoadedImage> {
  try {
    const bytes = typeof file === "string" ? await readFile(file) : file;
    const problem = imageProblem(bytes.subarray(0, 64), bytes.subarray(Math.max(0, bytes.length - TAIL_BYTES)), bytes.length);
    if (problem !== null) throw new ImageLoadError(`${label}: ${problem}`);
    const input = sniffFormat(bytes.subarray(0, 64)) === "bmp" ? decodeBmp(bytes) : sharp(bytes, { failOn: "error" });
    const original = orientedSize(await input.metadata());
    const used = detectionSize(original, limits);
    const { data, info } = await input
      .rotate() // honour EXIF orientation
      .resize({ ...used, fit: "fill", kernel: "lanczos3" })
      .toColourspace("srgb")
      .removeAlpha()
      .raw({ depth: "uchar" })
      .toBuffer({ resolveWithObject: true });
    if (info.channels !== 3) throw new Error(`unexpected ${info.channels}-channel output`);
    const pixels: Pixels = { width: info.width, height: info.height, channels: 3, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
    return { pixels, original };
  } catch (err) {
    if (err instanceof ImageLoadError) throw err;
    throw new ImageLoadError(`${label}: ${reason(err)}`);
  }
}

/**
 * Decodes `file` (path or bytes) to RGB pixels (see `readImage`); `label` names it in errors. Pass
 * `{ maxPixels: Infinity }` to keep the full size whatever it is.
 */
export async function loadImage(file: string | Uint8Array, label = typeof file === "string" ? file : "image", limits: DetectLimits = {}): Promise<Pixels> {
  return (await readImage(file, label, limits)).pixels;
}
