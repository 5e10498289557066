/**
 * A fake-camera video for the webcam page's test and benchmark: Chromium's `--use-file-for-fake-video-capture` plays a
 * YUV4MPEG2 file in a loop. Made here from bundled photos (docs/photos), each shown for a number of
 * frames while it pans slowly sideways, so the page's tracker has motion to follow. Frames are
 * letterboxed RGB from sharp, converted to 4:2:0 YCbCr with the JPEG (full-range BT.601) equations.
 */
import { writeFile } from "node:fs/promises";
import sharp from "sharp";

export interface Y4mOptions {
  width: number;
  height: number;
  fps: number;
  framesPerPhoto: number;
  panPerFrame: number;
}

/** Full-range BT.601 Y, Cb, Cr of an RGB pixel. */
export function ycbcr(r: number, g: number, b: number): [number, number, number] {
  return [0.299 * r + 0.587 * g + 0.114 * b, 128 - 0.168736 * r - 0.331264 * g + 0.5 * b, 128 + 0.5 * r - 0.418688 * g - 0.081312 * b];
}

/** One 4:2:0 frame (Y plane, then Cb and Cr at half resolution, 2×2 averages) of packed RGB. */
export function rgbToI420(rgb: Uint8Array, width: number, height: number): Uint8ClampedArray {
  const out = new Uint8ClampedArray(width * height * 1.5); // clamps and rounds: pure red's Cr is 255.5
  const cw = width / 2;
  const chroma = width * height;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = 3 * (y * width + x);
      out[y * width + x] = ycbcr(rgb[i], rgb[i + 1], rgb[i + 2])[0];
    }
  }
  for (let y = 0; y < height; y += 2) {
    for (let x = 0; x < width; x += 2) {
      let cb = 0;
      let cr = 0;
      for (const [dx, dy] of [
        [0, 0],
        [1, 0],
        [0, 1],
        [1, 1],
      ]) {
        const i = 3 * ((y + dy) * width + x + dx);
        const [, u, v] = ycbcr(rgb[i], rgb[i + 1], rgb[i + 2]);
        cb += u;
        cr += v;
      }
      const c = (y / 2) * cw + x / 2;
      out[chroma + c] = cb / 4;
      out[chroma * 1.25 + c] = cr / 4;
    }
  }
  return out;
}

/** Writes `photos` as a y4m video to `file`. */
export async function writeY4m(file: string, photos: string[], o: Y4mOptions): Promise<void> {
  const parts: Uint8Array[] = [Buffer.from(`YUV4MPEG2 W${o.width} H${o.height} F${o.fps}:1 Ip A1:1 C420jpeg\n`)];
  const margin = o.panPerFrame * o.framesPerPhoto;
  for (const photo of photos) {
    const w = o.width + margin;
    const { data } = await sharp(photo)
      .rotate()
      .resize(w, o.height, { fit: "contain", background: "#202020" })
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    for (let f = 0; f < o.framesPerPhoto; f++) {
      const dx = f * o.panPerFrame;
      const frame = new Uint8Array(o.width * o.height * 3);
      for (let y = 0; y < o.height; y++) frame.set(data.subarray(3 * (y * w + dx), 3 * (y * w + dx + o.width)), 3 * y * o.width);
      const yuv = rgbToI420(frame, o.width, o.height);
      parts.push(Buffer.from("FRAME\n"), new Uint8Array(yuv.buffer, yuv.byteOffset, yuv.length));
    }
  }
  await writeFile(file, Buffer.concat(parts));
}
