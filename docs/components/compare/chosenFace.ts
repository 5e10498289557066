// The face the reader chose in each photo, remembered so that when a sample's precomputed faces are
// replaced by the live ones (same photo, a new face picker) the choice stays — on a slow network the
// reader may have picked a face of the group photo long before the networks arrive.
import type { Photo } from "../photoPicker.js";

const chosen = new WeakMap<Photo, number>();

/** Remembers `index` as the face chosen in `photo`. */
export function rememberFace(photo: Photo | null, index: number): void {
  if (photo && index >= 0) chosen.set(photo, index);
}

/** The face chosen earlier in `photo` (within its `count` faces), else `fallback`. */
export function chosenFace(photo: Photo | null, count: number, fallback: number): number {
  const index = photo ? chosen.get(photo) : undefined;
  return index === undefined ? fallback : Math.min(index, Math.max(0, count - 1));
}
