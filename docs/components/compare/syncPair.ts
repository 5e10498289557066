// The chosen sample photos and faces go into the address; a photo of the reader's own never does.
import { syncUrl } from "../urlState.js";
import type { PairState } from "./pairStart.js";
import { sampleId, type CompareSample } from "./sampleId.js";

/** Writes the pair into the address (defaults left out), once both photos are there. */
export function syncPair(
  samples: readonly CompareSample[],
  photoA: { name: string } | null,
  photoB: { name: string } | null,
  pickA: number,
  pickB: number,
  defaults: PairState,
): void {
  if (!photoA || !photoB) return;
  const a = sampleId(samples, photoA.name),
    b = sampleId(samples, photoB.name);
  syncUrl({ a, b, fa: a && pickA >= 0 ? pickA : null, fb: b && pickB >= 0 ? pickB : null }, defaults);
}
