/**
 * Browser image input: any drawable source becomes `Pixels` (RGBA, straight from a 2-D canvas).
 * Browsers apply EXIF orientation when they decode `<img>` and `createImageBitmap`, so what the
 * detector sees is what the user sees.
 */
import type { Pixels } from "../core/types.js";

/** Everything the detector accepts in a page. */
export type ImageSource = ImageData | HTMLImageElement | HTMLVideoElement | HTMLCanvasElement | ImageBitmap | OffscreenCanvas | VideoFrame;

/** The natural (not the displayed) size of a source. */
function sizeOf(source: Exclude<ImageSource, ImageData>): { width: number; height: number } {
  if (typeof HTMLImageElement !== "undefined" && source instanceof HTMLImageElement) {
    return { width: source.naturalWidth, height: source.naturalHeight };
  }
  if (typeof HTMLVideoElement !== "undefined" && source instanceof HTMLVideoElement) {
    return { width: source.videoWidth, height: source.videoHeight };
  }
  if (typeof VideoFrame !== "undefined" && source instanceof VideoFrame) {
    return { width: source.displayWidth, height: source.displayHeight };
  }
  const s = source as HTMLCanvasElement | ImageBitmap | OffscreenCanvas;
  return { width: s.width, height: s.height };
}

/** Reads the pixels of `source` at its natural size. Throws if it has no pixels yet (unloaded image, video not started). */
export function pixelsFrom(source: ImageSource): Pixels {
  if (typeof ImageData !== "undefined" && source instanceof ImageData) {
    return { width: source.width, height: source.height, channels: 4, data: source.data };
  }
  const { width, height } = sizeOf(source as Exclude<ImageSource, ImageData>);
  if (!width || !height) throw new Error("The image has no pixels yet (not loaded, or the video has not started).");
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext("2d", { willReadFrequently: true });
  if (!ctx) throw new Error("This browser cannot read pixels from a canvas.");
  ctx.drawImage(source as CanvasImageSource, 0, 0, width, height);
  const data = ctx.getImageData(0, 0, width, height).data;
  return { width, height, channels: 4, data };
}
