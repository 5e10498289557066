/**
 * Where `align` writes each input: facenet's `<name>.png` beside the input's sub-folders, unless
 * another image in the same folder has the same name before its extension (`a.jpg`, `a.png`);
 * then each of them keeps its extension (`a.jpg.png`, `a.png.png`), so no output overwrites —
 * or is mistaken on a re-run for — another input's.
 */
import path from "node:path";
import { uniqueNames } from "./uniqueNames.js";

/** The output base (path without `.png`, relative like the inputs) of each relative input path. */
export function outputBases(files: readonly string[]): Map<string, string> {
  return uniqueNames(files, (rel) => {
    const dir = path.dirname(rel);
    const name = path.basename(rel);
    return [path.join(dir, name.slice(0, name.length - path.extname(name).length)), path.join(dir, name)];
  });
}

/** The output file(s) of `outBase` (output path without extension) for `n` faces. */
export function outputNames(outBase: string, allFaces: boolean, n: number): string[] {
  return allFaces ? Array.from({ length: n }, (_, i) => `${outBase}_${i}.png`) : [`${outBase}.png`];
}
