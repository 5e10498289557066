/** Loads model files over HTTP(S) from the site itself: by base URL, or by an explicit file → URL map. */
import type { ModelFileReader } from "../core/types.js";

/**
 * A reader that fetches `file` from `base` (a folder URL ending in "/"), or from `urls[file]` when
 * given a map (Observable Framework's `FileAttachment(...).href` gives each file its own hashed URL).
 */
export function urlReader(base: string | Record<string, string>): ModelFileReader {
  return async (file) => {
    const url = typeof base === "string" ? new URL(file, new URL(base, globalThis.location?.href)).href : base[file];
    if (!url) throw new Error(`Model file "${file}" has no URL (add it to the reader's map).`);
    const res = await fetch(url);
    if (!res.ok) throw new Error(`Could not load model file ${file} (${res.status} ${res.statusText}) from ${url}`);
    return res.arrayBuffer();
  };
}
