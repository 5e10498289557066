/**
 * Post-build step of `npm run build`: writes the Content-Security-Policy (`csp.ts`) into every HTML
 * page under dist/. Logs one line per run to stderr; exits non-zero if dist/ has no page.
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { injectCsp } from "./csp.js";

const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../dist");

const pages = (await readdir(DIST, { recursive: true })).filter((f) => f.endsWith(".html"));
if (pages.length === 0) throw new Error(`no HTML pages in ${DIST}; run observable build first`);
for (const page of pages) {
  const file = path.join(DIST, page);
  await writeFile(file, injectCsp(await readFile(file, "utf8")));
}
process.stderr.write(`Content-Security-Policy written into ${pages.length} pages of dist/\n`);
