// A photo chooser for the course pages: bundled samples, a file input and drag-and-drop onto the
// picker. Its value is the chosen photo as an ImageBitmap (EXIF orientation applied by the browser).
// A photo within the page's detection budget (facelab's BROWSER_DETECT_BUDGET: 256 MiB, 12.2 MP) is
// decoded whole; a larger one straight to a reduced copy, without the full-size pixels ever being in
// memory, and the status says so. Files that are empty, not images, unsupported (HEIC, SVG, TIFF…)
// or truncated get one line naming the file and the problem — the same words as the CLI
// (imageProblemCode, in the page's language) — and the previous photo stays.
import {
  BROWSER_DETECT_BUDGET,
  detectionSize,
  imageProblemCode,
  isReduced,
  pixelsForBudget,
  reductionRatio,
  sniffFormat,
  TAIL_BYTES,
  type DetectLimits,
  type Size,
} from "facelab";
import { msg } from "./i18n.js";
import { fetchOnce } from "./prefetch.js";

export interface Photo {
  name: string;
  /** The sample's name when the photo is one of the page's samples (a page can put it in its address). */
  sample?: string;
  /** What the page detects on: the photo itself, or a reduced copy when it is over the budget. */
  bitmap: ImageBitmap;
  /** The photo's own size (after EXIF orientation); differs from the bitmap's only for a reduced copy. */
  original: Size;
}

export interface Sample {
  name: string;
  url: string;
}

/** A page's detection limits: the browser budget, or a longest side the reader chose. */
export const pageLimits = (maxSide?: number): DetectLimits =>
  maxSide ? { maxSide, maxPixels: Infinity } : { maxPixels: pixelsForBudget(BROWSER_DETECT_BUDGET) };

/** The problem `imageProblem` (or the browser's lack of a decoder) sees in a blob's first and last bytes, or null. */
async function blobProblem(blob: Blob): Promise<string | null> {
  const [head, tail] = await Promise.all([blob.slice(0, 64).arrayBuffer(), blob.slice(Math.max(0, blob.size - TAIL_BYTES)).arrayBuffer()]);
  const problem = imageProblemCode(new Uint8Array(head), new Uint8Array(tail), blob.size, { browser: true });
  return problem && msg.common.problem[problem];
}

/** The size a viewer shows (EXIF orientation applied), read by an <img> from the header: nothing is decoded yet. */
function displayedSize(blob: Blob): Promise<Size> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(blob);
    const img = new Image();
    img.onload = () => {
      URL.revokeObjectURL(url);
      resolve({ width: img.naturalWidth, height: img.naturalHeight });
    };
    img.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error(msg.common.cannotDecode));
    };
    img.src = url;
  });
}

const MIME: Record<string, string> = { jpeg: "image/jpeg", png: "image/png", gif: "image/gif", webp: "image/webp", avif: "image/avif", bmp: "image/bmp" };

/**
 * A `used`-sized copy of a photo too large to decode whole. WebCodecs' ImageDecoder decodes a JPEG
 * straight at a reduced scale (libjpeg's n/8 steps) when asked for a smaller size: measured in
 * Chromium on a 12000×9000 JPEG, the renderer's peak grew by 69 MB this way against 420 MB for a
 * full decode (and 610 MB for createImageBitmap with resize options, which decodes whole first).
 * Asking for the next eighth up keeps the copy at least `used`; createImageBitmap then brings it to
 * `used` exactly, with the frame's EXIF rotation applied. Browsers without ImageDecoder, and formats
 * it cannot scale, decode whole and resize.
 */
async function reducedBitmap(blob: Blob, original: Size, used: Size): Promise<ImageBitmap> {
  const resize = { resizeWidth: used.width, resizeHeight: used.height, resizeQuality: "high" } as const;
  const format = sniffFormat(new Uint8Array(await blob.slice(0, 64).arrayBuffer()));
  const type = format ? MIME[format] : undefined;
  const Decoder = (globalThis as { ImageDecoder?: typeof ImageDecoder }).ImageDecoder;
  if (Decoder && type && (await Decoder.isTypeSupported(type))) {
    const k = Math.min(1, Math.ceil((8 * used.width) / original.width) / 8);
    const decoder = new Decoder({ data: blob.stream(), type, desiredWidth: Math.ceil(original.width * k), desiredHeight: Math.ceil(original.height * k) });
    try {
      const { image } = await decoder.decode();
      try {
        return await createImageBitmap(image, resize);
      } finally {
        image.close();
      }
    } finally {
      decoder.close();
    }
  }
  return createImageBitmap(blob, { ...resize, imageOrientation: "from-image" });
}

/** Decodes a blob within `limits` (the page's budget by default); rejects with a one-line message naming `name`. */
export async function decodePhoto(blob: Blob, name: string, limits: DetectLimits = pageLimits()): Promise<Photo> {
  const problem = await blobProblem(blob);
  if (problem) throw new Error(msg.common.named(name, problem));
  try {
    const original = await displayedSize(blob);
    const used = detectionSize(original, limits);
    const bitmap = isReduced(original, used) ? await reducedBitmap(blob, original, used) : await createImageBitmap(blob, { imageOrientation: "from-image" });
    return { name, bitmap, original };
  } catch {
    throw new Error(msg.common.named(name, msg.common.cannotDecode));
  }
}

/** "detected on a 1/2.5 copy (1600×1200 of 4000×3000); boxes are in the original's pixels", in the page's language. */
export function reducedCopy(original: Size, used: Size): string {
  return msg.common.reducedCopy(reductionRatio(original, used), `${used.width}×${used.height}`, `${original.width}×${original.height}`);
}

/** The picker's status line for a decoded photo. */
export function photoStatus(photo: Photo): string {
  return isReduced(photo.original, photo.bitmap)
    ? msg.common.named(photo.name, reducedCopy(photo.original, photo.bitmap))
    : `${photo.name} — ${photo.bitmap.width}×${photo.bitmap.height}`;
}

function button(label: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement("button");
  b.type = "button";
  b.textContent = label;
  b.addEventListener("click", onClick);
  return b;
}

/** The picker element; `value` is a `Photo`, and an `input` event fires when it changes. */
export function photoPicker(samples: Sample[], { initial = 0, maxSide = undefined as number | undefined } = {}): HTMLElement & { value: Photo | null } {
  const limits = pageLimits(maxSide);
  const root = Object.assign(document.createElement("div"), { className: "photo-picker", value: null }) as HTMLDivElement & { value: Photo | null };
  const status = Object.assign(document.createElement("span"), { className: "photo-picker-status" });
  const file = Object.assign(document.createElement("input"), { type: "file", accept: "image/*" });
  let latest = 0; // only the most recent choice may land, however the loads finish
  const choose = async (load: () => Promise<Photo>) => {
    const ticket = ++latest;
    status.textContent = msg.common.loading;
    try {
      const photo = await load();
      if (ticket !== latest) return photo.bitmap.close();
      root.value = photo;
      status.textContent = photoStatus(photo);
      root.dispatchEvent(new Event("input", { bubbles: true }));
    } catch (err) {
      status.textContent = err instanceof Error ? err.message : String(err);
      status.classList.add("error");
      return;
    }
    status.classList.remove("error");
  };
  const fromUrl = (s: Sample) =>
    choose(async () => {
      const res = await fetchOnce(s.url); // the page may have requested it before its code loaded (prefetch.ts)
      if (!res.ok) throw new Error(msg.common.sampleFailed(s.name, res.status));
      return { ...(await decodePhoto(await res.blob(), s.name, limits)), sample: s.name };
    });
  const fromFile = (f: File | undefined) => f && choose(() => decodePhoto(f, f.name, limits));
  file.addEventListener("change", () => fromFile(file.files?.[0]));
  root.addEventListener("dragover", (e) => {
    e.preventDefault();
    root.classList.add("dragging");
  });
  root.addEventListener("dragleave", () => root.classList.remove("dragging"));
  root.addEventListener("drop", (e) => {
    e.preventDefault();
    root.classList.remove("dragging");
    fromFile(e.dataTransfer?.files[0]);
  });
  const label = Object.assign(document.createElement("label"), { className: "photo-picker-upload" });
  label.append(msg.common.yourPhoto, file);
  root.append(...samples.map((s) => button(s.name, () => fromUrl(s))), label, document.createTextNode(msg.common.orDrop), status);
  if (samples[initial]) void fromUrl(samples[initial]);
  return root;
}
