// The compare page's sample photos: their ids (which name them in the address, the same in both
// editions) with their names in the page's language.
import { msg } from "../i18n.js";
import type { CompareSample } from "./sampleId.js";

/** The samples from `urls` (id → the photo's address), named from the message table. */
export function compareSamples(urls: Record<keyof typeof msg.compare.samples, string>): CompareSample[] {
  return (Object.keys(urls) as (keyof typeof urls)[]).map((id) => ({ id, name: msg.compare.samples[id], url: urls[id] }));
}
