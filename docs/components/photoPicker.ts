// A photo chooser for the course pages: bundled samples, a file input and drag-and-drop onto the
// picker. Its value is the chosen photo as an ImageBitmap (EXIF orientation applied by the browser),
// downscaled when its longer side exceeds `maxSide` so a phone photo or a scan stays responsive.

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

/** Decodes a blob to a bitmap no larger than `maxSide`; rejects with a readable message. */
export async function decodePhoto(blob: Blob, name: string, maxSide = 1600): Promise<Photo> {
  let full: ImageBitmap;
  try {
    full = await createImageBitmap(blob, { imageOrientation: "from-image" });
  } catch {
    throw new Error(`${name}: not an image this browser can decode (try a JPEG, PNG or WebP)`);
  }
  const k = Math.min(1, maxSide / Math.max(full.width, full.height));
  if (k === 1) return { name, bitmap: full };
  const bitmap = await createImageBitmap(full, {
    resizeWidth: Math.round(full.width * k), resizeHeight: Math.round(full.height * k), resizeQuality: "high",
  });
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
export function photoPicker(samples: Sample[], { initial = 0, maxSide = 1600 } = {}): HTMLElement & { value: Photo | null } {
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
        ? `${photo.name} — downscaled from ${photo.original.width}×${photo.original.height} to ${photo.bitmap.width}×${photo.bitmap.height}`
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
