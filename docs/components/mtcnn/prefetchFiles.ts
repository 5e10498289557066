// The detector's weight files, requested at once (or taken from the page's early `prefetch`): their
// download then overlaps starting the backend (and, on WebGL, compiling its shaders) instead of waiting for it.
import type { ModelFileReader } from "facelab";
import { fetchOnce } from "../prefetch.js";

/** Starts fetching every file of `urls` now; the reader hands each one over when asked (errors then). */
export function prefetchFiles(urls: Record<string, string>): ModelFileReader {
  const files = new Map(
    Object.entries(urls).map(([name, url]) => {
      const bytes = fetchOnce(url).then((res) => {
        if (!res.ok) throw new Error(`Could not load model file ${name} (${res.status} ${res.statusText}) from ${url}`);
        return res.arrayBuffer();
      });
      bytes.catch(() => {}); // reported when the file is read, not as an unhandled rejection meanwhile
      return [name, bytes] as const;
    }),
  );
  return (file) => files.get(file) ?? Promise.reject(new Error(`Model file "${file}" has no URL (add it to the reader's map).`));
}
