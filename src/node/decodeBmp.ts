/**
 * BMP in Node: libvips (sharp) has no BMP reader, so bmp-ts (pure TypeScript, MIT; the decoder Jimp
 * uses) decodes it and sharp takes the raw pixels from there, so the rest of `readImage` (colour,
 * alpha, reduction) is the same for every format.
 */
import { decode } from "bmp-ts";
import sharp, { type Sharp } from "sharp";

/** A sharp pipeline over the decoded pixels of a BMP file; throws on a file bmp-ts cannot read. */
export function decodeBmp(bytes: Uint8Array): Sharp {
  const bmp = decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { toRGBA: true });
  if (!(bmp.width > 0 && bmp.height > 0) || bmp.data.length < bmp.width * bmp.height * 4) {
    throw new Error("the file is truncated or corrupt");
  }
  // bmp-ts leaves alpha 0 for BMPs without an alpha channel; `readImage` drops alpha anyway.
  return sharp(bmp.data, { raw: { width: bmp.width, height: bmp.height, channels: 4 } });
}
