/**
 * Step of `npm run dev` and `npm run build`: gathers the committed benchmark results
 * (bench/results/*.json) into one file, docs/_data/bench-results.json (gitignored), keyed by file
 * name without `.json` — whichever exist. Why not attach each file: FileAttachment takes only literal
 * paths and `observable build` stops at one naming a missing file, while the Performance page must
 * build before every benchmark has been run. (Not a data loader: Framework re-runs a loader only when
 * the loader itself changes, so new results would be served stale.) Exits non-zero on unreadable JSON.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const RESULTS = path.join(ROOT, "bench/results");
const OUT = path.join(ROOT, "docs/_data/bench-results.json");

const files = readdirSync(RESULTS)
  .filter((f) => f.endsWith(".json"))
  .sort();
const results: Record<string, unknown> = {};
for (const f of files) {
  try {
    results[f.replace(/\.json$/, "")] = JSON.parse(readFileSync(path.join(RESULTS, f), "utf8"));
  } catch (err) {
    throw new Error(`bench/results/${f}: not valid JSON (${(err as Error).message}); fix or remove it`);
  }
}
mkdirSync(path.dirname(OUT), { recursive: true });
writeFileSync(OUT, JSON.stringify(results));
process.stderr.write(`${files.length} benchmark results gathered into ${path.relative(ROOT, OUT)}\n`);
