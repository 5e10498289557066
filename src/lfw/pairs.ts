/**
 * LFW protocol files: `pairs.txt` (View 2: a header "10 300", then per set 300 matched lines
 * "Name i j" and 300 mismatched lines "Name1 i Name2 j") and `pairsDevTrain/DevTest.txt` (View 1: a
 * count, then matched then mismatched lines). Image paths are relative to the LFW root, as
 * `Name/Name_0001.jpg`.
 */

export interface LfwPair {
  a: string;
  b: string;
  same: boolean;
}

/** `Name/Name_000N.jpg` for person `name`, image number `n`. */
export function lfwPath(name: string, n: number | string): string {
  return `${name}/${name}_${String(n).padStart(4, "0")}.jpg`;
}

/** Parses a pairs file; throws with the line number on a malformed line. */
export function parsePairs(text: string): LfwPair[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  return lines.slice(1).map((line, i) => {
    const f = line.trim().split(/\s+/);
    if (f.length === 3) return { a: lfwPath(f[0], f[1]), b: lfwPath(f[0], f[2]), same: true };
    if (f.length === 4) return { a: lfwPath(f[0], f[1]), b: lfwPath(f[2], f[3]), same: false };
    throw new Error(`pairs file line ${i + 2}: expected "Name i j" or "Name1 i Name2 j", got "${line}"`);
  });
}

/** Parses a people file (a count line, then "Name imageCount" lines; `people.txt` has several sets). */
export function parsePeople(text: string): { name: string; images: number }[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim().split(/\s+/))
    .filter((f) => f.length === 2)
    .map(([name, n]) => ({ name, images: Number(n) }));
}
