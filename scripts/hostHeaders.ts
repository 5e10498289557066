/**
 * The response headers a host should send for the built site, as a `_headers` file (the format Netlify
 * and Cloudflare Pages read from the published folder; the post-build step writes it into dist/):
 *
 * - COOP `same-origin` and COEP `require-corp` on every response: they make the pages cross-origin
 *   isolated, the only state in which a browser gives WebAssembly threads their shared memory, so
 *   tfjs runs its multi-threaded SIMD wasm. Every file the site loads is its own (same-origin), so
 *   `require-corp` blocks nothing.
 * - A year's `immutable` caching for the folders whose file names carry a content hash. The pages
 *   themselves keep their names between builds and get no rule: these hosts revalidate HTML by default.
 *   (A host that merges matching rules would join two Cache-Control values, so no rule sets it twice.)
 */

/** The isolation headers, by name. */
export const ISOLATION: Readonly<Record<string, string>> = Object.freeze({
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Embedder-Policy": "require-corp",
});

/** Folders of dist/ whose files have a content hash in their names (Framework's output). */
export const HASHED_DIRS = ["_file", "_import", "_node", "_observablehq"] as const;

export const IMMUTABLE = "public, max-age=31536000, immutable";

/** The `_headers` file: one path pattern per block, its headers indented under it. */
export function headersFile(): string {
  const block = (pattern: string, headers: Record<string, string>) => [pattern, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join("\n");
  return `${[block("/*", ISOLATION), ...HASHED_DIRS.map((d) => block(`/${d}/*`, { "Cache-Control": IMMUTABLE }))].join("\n")}\n`;
}
