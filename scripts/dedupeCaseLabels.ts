/**
 * Drops the repeated labels of each run of adjacent numeric `case` labels in generated JavaScript:
 * `case 13:case 14:case 13:case 14:` → `case 13:case 14:`. A label repeated within one run leads to the
 * same statements as its first occurrence, which always matches first, so the code behaves the same.
 * Why: libsvm-js's emscripten output has two such runs, and Observable Framework's esbuild pass, which
 * cannot be configured, prints a duplicate-case warning for each whenever it bundles facelab.
 */

/** Runs of two or more adjacent `case <integer>:` labels. */
const RUN = /(?:\bcase\s+-?\d+\s*:\s*){2,}/g;
/** One label of a run, with the whitespace after it. */
const LABEL = /case\s+(-?\d+)\s*:\s*/g;

/** `code` with each run of case labels keeping only the first occurrence of each label. */
export function dedupeCaseLabels(code: string): string {
  return code.replace(RUN, (run) => {
    const seen = new Set<string>();
    return run.replace(LABEL, (label, value: string) => (seen.has(value) ? "" : (seen.add(value), label)));
  });
}
