// Which face a photo's face picker starts on: the one the address names when the photo is the one the
// address names (clamped to the faces found), else the first.
import { sampleId, type CompareSample } from "./sampleId.js";

/** The index to start on for `photo` with `count` faces; `id` and `face`: the address's photo and face. */
export function initialFace(samples: readonly CompareSample[], photo: { name: string } | null, count: number, id: string, face: number): number {
  return sampleId(samples, photo?.name) === id ? Math.min(face, Math.max(0, count - 1)) : 0;
}
