/**
 * Decodes an image file in Node with sharp: EXIF orientation applied, alpha dropped, grey and CMYK
 * converted to sRGB, 16-bit reduced to 8-bit, so every file reaches the detector as RGB pixels.
 */
import sharp from "sharp";
import type { Pixels } from "../core/types.js";

/** Thrown when a file cannot be decoded; the message names the file and the reason in one line. */
export class ImageLoadError extends Error {
  override name = "ImageLoadError";
}

function reason(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  if (/unsupported image format|Input file contains unsupported/i.test(msg)) return "not an image, or an unsupported format";
  if (/ENOENT|no such file|Input file is missing/i.test(msg)) return "no such file";
  if (/EISDIR/i.test(msg)) return "is a folder, not an image";
  if (/premature end|truncated|corrupt|VipsJpeg|bad seek/i.test(msg)) return "the file is truncated or corrupt";
  return msg.split("\n")[0];
}

/** Decodes `file` (path or bytes) to RGB pixels; `label` names it in errors. */
export async function loadImage(file: string | Uint8Array, label = typeof file === "string" ? file : "image"): Promise<Pixels> {
  try {
    const { data, info } = await sharp(file, { failOn: "error" })
      .rotate() // honour EXIF orientation
      .toColourspace("srgb")
      .removeAlpha()
      .raw({ depth: "uchar" })
      .toBuffer({ resolveWithObject: true });
    if (info.channels !== 3) throw new Error(`unexpected ${info.channels}-channel output`);
    return { width: info.width, height: info.height, channels: 3, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
  } catch (err) {
    throw new ImageLoadError(`${label}: ${reason(err)}`);
  }
}
