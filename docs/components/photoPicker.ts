// A photo chooser for the course pages: bundled samples, a file input and drag-and-drop onto the
// picker. Its value is the chosen photo as an ImageBitmap (EXIF orientation applied by the browser),
// downscaled to facelab's MAX_IMAGE_SIDE (one bound for the CLI and the pages) with a notice. Files
// that are empty, not images, unsupported (HEIC, SVG…) or truncated get one line naming the file and
// the problem — the same words as the CLI (imageProblem) — and the previous photo stays.
import {downscaleNotice, fitWithin, imageProblem, MAX_IMAGE_SIDE, TAIL_BYTES} from "facelab";

export interface Photo {
  name: string;
  bitmap: ImageBitmap;
  /** Set when the photo was downscaled: its original size. */
  original?: { width: number; height: number };
}

export interface Sample {
  name: string;
  url: string;
}

/** The problem `imageProblem` sees in a blob's first and last bytes, or null. */
async function blobProblem(blob: Blob): Promise<string | null> {
  const [head, tail] = await Promise.all([blob.slice(0, 64).arrayBuffer(), blob.slice(Math.max(0, blob.size - TAIL_BYTES)).arrayBuffer()]);
  return imageProblem(new Uint8Array(head), new Uint8Array(tail), blob.size);
}

/** Decodes a blob to a bitmap no larger than `maxSide`; rejects with a one-line message naming `name`. */
export async function decodePhoto(blob: Blob, name: string, maxSide = MAX_IMAGE_SIDE): Promise<Photo> {
  const problem = await blobProblem(blob);
  if (problem) throw new Error(`${name}: ${problem}`);
  let full: ImageBitmap;
  try {
    full = await createImageBitmap(blob, { imageOrientation: "from-image" });
  } catch {
    throw new Error(`${name}: this browser cannot decode it (corrupt, or a format it lacks); try a JPEG or PNG`);
  }
  const used = fitWithin(full, maxSide);
  if (used.width === full.width && used.height === full.height) return { name, bitmap: full };
  const bitmap = await createImageBitmap(full, { resizeWidth: used.width, resizeHeight: used.height, resizeQuality: "high" });
  const original = { width: full.width, height: full.height };
  full.close();
  return { name, bitmap, original };
}

function button(label: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement("button");
  b.type = "button";
  b.textContent = label;
  b.addEventListener("click", onClick);
  return b;
}

/** The picker element; `value` is a `Photo`, and an `input` event fires when it changes. */
export function photoPicker(samples: Sample[], { initial = 0, maxSide = MAX_IMAGE_SIDE } = {}): HTMLElement & { value: Photo | null } {
  const root = Object.assign(document.createElement("div"), { className: "photo-picker", value: null }) as HTMLDivElement & { value: Photo | null };
  const status = Object.assign(document.createElement("span"), { className: "photo-picker-status" });
  const file = Object.assign(document.createElement("input"), { type: "file", accept: "image/*" });
  let latest = 0; // only the most recent choice may land, however the loads finish
  const choose = async (load: () => Promise<Photo>) => {
    const ticket = ++latest;
    status.textContent = "Loading…";
    try {
      const photo = await load();
      if (ticket !== latest) return photo.bitmap.close();
      root.value = photo;
      status.textContent = photo.original
        ? `${photo.name}: ${downscaleNotice(photo.original, photo.bitmap)}`
        : `${photo.name} — ${photo.bitmap.width}×${photo.bitmap.height}`;
      root.dispatchEvent(new Event("input", { bubbles: true }));
    } catch (err) {
      status.textContent = err instanceof Error ? err.message : String(err);
      status.classList.add("error");
      return;
    }
    status.classList.remove("error");
  };
  const fromUrl = (s: Sample) => choose(async () => {
    const res = await fetch(s.url);
    if (!res.ok) throw new Error(`${s.name}: could not load the sample photo (${res.status})`);
    return decodePhoto(await res.blob(), s.name, maxSide);
  });
  const fromFile = (f: File | undefined) => f && choose(() => decodePhoto(f, f.name, maxSide));
  file.addEventListener("change", () => fromFile(file.files?.[0]));
  root.addEventListener("dragover", (e) => { e.preventDefault(); root.classList.add("dragging"); });
  root.addEventListener("dragleave", () => root.classList.remove("dragging"));
  root.addEventListener("drop", (e) => {
    e.preventDefault();
    root.classList.remove("dragging");
    fromFile(e.dataTransfer?.files[0]);
  });
  const label = Object.assign(document.createElement("label"), { className: "photo-picker-upload" });
  label.append("Your photo: ", file);
  root.append(...samples.map((s) => button(s.name, () => fromUrl(s))), label, document.createTextNode(" or drop one here. "), status);
  if (samples[initial]) void fromUrl(samples[initial]);
  return root;
}
