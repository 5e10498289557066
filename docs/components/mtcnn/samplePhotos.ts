// The page's sample photos, named in the page's language. Each keeps its English name as an `id`: the
// address stores the id (?sample=Portrait), so a shared link, or the language switch, opens the same photo.
import { msg } from "../i18n.js";
import type { Sample } from "../photoPicker.js";

export interface SamplePhoto extends Sample {
  id: string;
}

/** `urls` by id ("Group photo", "Portrait", "No face"), as samples for the photo picker. */
export function samplePhotos(urls: Record<string, string>): SamplePhoto[] {
  return Object.entries(urls).map(([id, url]) => ({ id, url, name: msg.mtcnn.samples[id] ?? id }));
}
