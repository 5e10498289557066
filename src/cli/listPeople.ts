/**
 * A classifier dataset folder, as facenet's `get_dataset` reads it: one sub-folder per person, named
 * after them, holding their photos. Images lying directly in the folder belong to nobody known (label
 * ""), so `classify` can also be pointed at a folder of new photos.
 */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { PersonImages } from "../classifier/splitDataset.js";

const IMAGE = /\.(jpe?g|png|webp|gif|tiff?|avif)$/i;

function images(dir: string, prefix: string): string[] {
  return readdirSync(dir)
    .filter((f) => !f.startsWith(".") && IMAGE.test(f) && statSync(path.join(dir, f)).isFile())
    .sort()
    .map((f) => path.join(prefix, f));
}

/** People (sorted by name) with their photos as paths relative to `root`; loose images under label "". */
export function listPeople(root: string): PersonImages[] {
  let entries: string[];
  try {
    if (!statSync(root).isDirectory()) throw new Error("not a folder");
    entries = readdirSync(root)
      .filter((d) => !d.startsWith("."))
      .sort();
  } catch {
    throw new Error(`${root}: no such folder (expected one sub-folder of photos per person)`);
  }
  const people = entries
    .filter((d) => statSync(path.join(root, d)).isDirectory())
    .map((d) => ({ label: d, files: images(path.join(root, d), d) }))
    .filter((p) => p.files.length > 0);
  const loose = images(root, "");
  return loose.length > 0 ? [...people, { label: "", files: loose }] : people;
}
