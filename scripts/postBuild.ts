/**
 * Post-build step of `npm run build`: into every HTML page under dist/, the page language and the
 * sidebar list fix (htmlFixes.ts), then the Content-Security-Policy (csp.ts), which hashes the inline
 * scripts and so goes last. Then dist/_headers, the headers for a host that reads that file
 * (hostHeaders.ts: cross-origin isolation for wasm threads, caching of the hashed files). Logs to
 * stderr; exits non-zero if dist/ has no page.
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { injectCsp } from "./csp.js";
import { headersFile } from "./hostHeaders.js";
import { langFor, sidebarListFixed, withLang } from "./htmlFixes.js";

const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../dist");

const pages = (await readdir(DIST, { recursive: true })).filter((f) => f.endsWith(".html"));
if (pages.length === 0) throw new Error(`no HTML pages in ${DIST}; run observable build first`);
for (const page of pages) {
  const file = path.join(DIST, page);
  const html = await readFile(file, "utf8");
  await writeFile(file, injectCsp(sidebarListFixed(withLang(html, langFor(page)))));
}
process.stderr.write(`language, sidebar fix and Content-Security-Policy written into ${pages.length} pages of dist/\n`);
await writeFile(path.join(DIST, "_headers"), headersFile());
process.stderr.write("dist/_headers written: cross-origin isolation (wasm threads) and caching of the hashed files\n");
