/**
 * The files `align` works on: every non-hidden file under the input folder, in a stable sorted
 * order, as paths relative to it (so `Person/Person_0001.jpg` keeps its person folder in the output).
 * Every file is tried, as facenet does, so a stray non-image is reported rather than silently missed.
 */
import { readdir } from "node:fs/promises";
import path from "node:path";

/** Relative paths of the files under `root`, sorted; the folder `exclude` (e.g. the output) is skipped. */
export async function listFiles(root: string, exclude?: string): Promise<string[]> {
  const skip = exclude === undefined ? undefined : path.resolve(exclude);
  const found: string[] = [];
  const walk = async (rel: string): Promise<void> => {
    const dir = path.join(root, rel);
    if (skip !== undefined && path.resolve(dir) === skip) return;
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith(".")) continue;
      if (e.isDirectory()) await walk(path.join(rel, e.name));
      else if (e.isFile() || e.isSymbolicLink()) found.push(path.join(rel, e.name));
    }
  };
  await walk("");
  return found;
}
