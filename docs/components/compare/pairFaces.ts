// One photo's faces for the compare page, as a sequence: a sample photo's precomputed faces at once
// (while the networks are not loaded yet), then the same faces computed live in this tab; a photo of
// the reader's own, or any photo once the networks are there, only live.
import type { DeferredRecognition } from "../deferredRecognition.js";
import type { Photo } from "../photoPicker.js";
import { facesOf, type UnitFace } from "./facesOf.js";

export interface PhotoFaces {
  faces: UnitFace[];
  /** false: from the precomputed record; true: computed in this tab. */
  live: boolean;
}

/** Yields `precomputed` first (when given and the networks are not loaded yet), then the live faces. */
export async function* pairFaces(
  recognition: DeferredRecognition,
  photo: Photo | null,
  precomputed: UnitFace[] | null,
  busy: HTMLElement,
): AsyncGenerator<PhotoFaces> {
  if (!photo) {
    yield { faces: [], live: false }; // the picker is still fetching its first photo
    return;
  }
  if (precomputed && !recognition.loaded) yield { faces: precomputed, live: false };
  else recognition.start(); // nothing to show without the networks: load them now
  yield { faces: await facesOf(await recognition.models, photo, busy), live: true };
}
