// Face thumbnails for the database page: an aligned crop (library Pixels) encoded as a small JPEG
// data URL for storage, and an <img> showing one (alt text set as a property, never parsed as HTML).
import type { Pixels } from "facelab";
import { pixelsCanvas } from "./pixelsCanvas.js";

/** The crop scaled to `size`×`size` as a `data:image/jpeg;base64,…` URL (~3 kB at 64 px). */
export function thumbDataUrl(crop: Pixels, size = 64, quality = 0.85): string {
  const c = document.createElement("canvas");
  c.width = c.height = size;
  const ctx = c.getContext("2d") as CanvasRenderingContext2D;
  ctx.imageSmoothingQuality = "high";
  ctx.drawImage(pixelsCanvas(crop), 0, 0, size, size);
  return c.toDataURL("image/jpeg", quality);
}

/** A photo as a JPEG data URL (for users who opt in to keeping full photos). */
export function photoDataUrl(bitmap: ImageBitmap, quality = 0.85, maxSide = 1600): string {
  // a kept photo is for looking at: at most 1,600 px a side, so it fits the database's size limit
  const k = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
  const c = document.createElement("canvas");
  c.width = Math.max(1, Math.round(bitmap.width * k));
  c.height = Math.max(1, Math.round(bitmap.height * k));
  (c.getContext("2d") as CanvasRenderingContext2D).drawImage(bitmap, 0, 0, c.width, c.height);
  return c.toDataURL("image/jpeg", quality);
}

/** An <img> of a stored thumbnail; `title` is plain text. */
export function thumbImage(url: string, title: string, size = 56): HTMLImageElement {
  const img = new Image(size, size);
  img.src = url;
  img.alt = title;
  img.title = title;
  img.className = "face-thumb";
  return img;
}
