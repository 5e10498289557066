// A sample photo's faces from the precomputed record (precomputed.ts), in the shape `facesOf` gives
// live: each face's aligned crop is cut here from the decoded photo at the recorded landmarks (dlib's
// chip is plain arithmetic, no network), its embedding is the recorded one.
import { dlibChip } from "facelab";
import { pixelsFrom } from "facelab/browser";
import type { Photo } from "../photoPicker.js";
import type { UnitFace } from "./facesOf.js";
import type { PrecomputedSamples } from "./precomputed.js";
import { sampleId, type CompareSample } from "./sampleId.js";

/** The recorded faces of `photo`, or null when it is not a sample (or not decoded at the recorded size). */
export function precomputedFaces(record: PrecomputedSamples, samples: readonly CompareSample[], photo: Photo | null): UnitFace[] | null {
  const id = photo?.sample ? sampleId(samples, photo.sample) : null;
  const known = id ? record.photos[id] : undefined;
  if (!photo || !known || photo.bitmap.width !== known.width || photo.bitmap.height !== known.height) return null;
  const pixels = pixelsFrom(photo.bitmap);
  return known.faces.map(({ box, score, landmarks, unit }) => {
    const embedding = Float32Array.from(unit);
    return { box, score, landmarks, crop: dlibChip(pixels, landmarks), embedding, unit: embedding };
  });
}
