/** Encodes decoded pixels back to PNG or JPEG with sharp (the inverse of `node/loadImage`). */
import sharp from "sharp";
import type { Pixels } from "../core/types.js";

/** A sharp pipeline over `pixels`' raw bytes. */
export function sharpOf(pixels: Pixels): ReturnType<typeof sharp> {
  const { width, height, channels, data } = pixels;
  return sharp(data, { raw: { width, height, channels } });
}

/** `pixels` as PNG bytes. */
export async function encodePng(pixels: Pixels): Promise<Uint8Array> {
  return sharpOf(pixels).png().toBuffer();
}
