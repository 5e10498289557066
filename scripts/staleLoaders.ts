/**
 * Framework re-runs a data loader only when the loader file itself is newer than its cached output
 * (docs/.observablehq/cache/…). These loaders read other files; when one of those is newer than the
 * cached output, the output is deleted here so the next `npm run dev` or `npm run build` runs the
 * loader again instead of serving, say, last week's glossary. A fresh clone has no cache: nothing to do.
 *   node --import tsx scripts/staleLoaders.ts
 */
import { existsSync, statSync, unlinkSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const CACHE = path.join(ROOT, "docs/.observablehq/cache");
const GLOSSARY = ["docs/components/glossary/terms.ts", "docs/components/glossary/editionTerms.ts"];

/** Each loader's output (its path under docs/) and the files it reads besides its own source. */
export const LOADER_INPUTS: Record<string, string[]> = {
  "_data/glossary/en.json": GLOSSARY,
  "_data/glossary/zh.json": GLOSSARY,
  "_data/lfw-people.tsv": ["data/lfw/embeddings.tsv", "docs/components/lfwData.ts", "docs/components/personRuns.ts"],
};

/** Deletes each cached output older than one of its loader's inputs; returns the outputs deleted. */
export function dropStale(cache = CACHE): string[] {
  const dropped: string[] = [];
  for (const [output, inputs] of Object.entries(LOADER_INPUTS)) {
    const cached = path.join(cache, output);
    if (!existsSync(cached)) continue;
    const built = statSync(cached).mtimeMs;
    const newer = inputs.filter((f) => statSync(path.join(ROOT, f)).mtimeMs > built);
    if (newer.length === 0) continue;
    unlinkSync(cached);
    dropped.push(output);
    console.error(`${output}: cached output older than ${newer.join(", ")}; the loader runs again`);
  }
  return dropped;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) dropStale();
