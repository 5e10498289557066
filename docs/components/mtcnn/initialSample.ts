// Which sample the photo picker opens with: the one the address names (?sample=…), else the first.
import { urlChoice } from "../urlState.js";
import type { SamplePhoto } from "./samplePhotos.js";

/** The index in `samples` of the sample named by the address (0 when none or unknown). */
export function initialSample(samples: readonly SamplePhoto[]): number {
  const ids = samples.map((s) => s.id);
  return Math.max(0, ids.indexOf(urlChoice("sample", ids[0], ids)));
}
