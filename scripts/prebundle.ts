/**
 * Prepares Observable Framework's module cache before `observable build` / `preview`.
 *
 * Why: Framework bundles each npm package on its own and turns CommonJS into an ES module with only a
 * default export. tfjs-core does `import * as seedrandom from "seedrandom"; seedrandom.alea(...)`, so
 * every seeded random op (`tf.randomUniform`, layer initialisers, dropout) throws "alea is not a
 * function" in the built site. Framework uses a cached bundle when one exists, so this writes
 * seedrandom's bundle itself, with the named exports tfjs expects. It also clears facelab's own
 * cached bundle, which Framework would otherwise never rebuild (it is keyed by version only).
 */
import { build } from "esbuild";
import { readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CACHE = path.join(ROOT, "docs/.observablehq/cache/_node");
const require = createRequire(path.join(ROOT, "package.json"));

const version = (pkg: string) => JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), "utf8")).version as string;

await build({
  stdin: {
    contents: `import sr from "seedrandom"; export default sr;
      export const { alea, xor128, xorwow, xorshift7, xor4096, tychei } = sr;`,
    resolveDir: ROOT,
    sourcefile: "seedrandom-named-exports.js",
  },
  bundle: true,
  format: "esm",
  platform: "browser",
  external: ["crypto"], // seedrandom tries require("crypto") inside a try; in the browser it uses window.crypto
  outfile: path.join(CACHE, `seedrandom@${version("seedrandom")}`, "index.js"),
  logLevel: "warning",
});
const own = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")).version as string;
rmSync(path.join(CACHE, `facelab@${own}`), { recursive: true, force: true });
