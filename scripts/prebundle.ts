/**
 * Prepares Observable Framework's module cache before `observable build` / `preview`.
 *
 * Why: Framework bundles each npm package on its own and turns CommonJS into an ES module with only a
 * default export. tfjs-core does `import * as seedrandom from "seedrandom"; seedrandom.alea(...)`, so
 * every seeded random op (`tf.randomUniform`, layer initialisers, dropout) throws "alea is not a
 * function" in the built site. Framework uses a cached bundle when one exists, so this writes
 * seedrandom's bundle itself, with the named exports tfjs expects. It also clears facelab's own
 * cached bundle, which Framework would otherwise never rebuild (it is keyed by version only).
 *
 * Why write into Framework's private cache: Framework 1.13 offers no supported way to do either.
 * Its npm bundling (rollup's commonjs plugin with fixed options, node_modules/@observablehq/
 * framework/dist/node.js) takes no configuration — its only special case is a built-in list of
 * React packages — and a bare import is resolved to `<root>/.observablehq/cache/_node/<name>@<version>/`,
 * reused whenever that file exists. The alternatives change what the pages load: importing tfjs's
 * prebuilt ESM bundle would give the pages a second tfjs beside the one facelab's lib/ imports.
 * So this depends on that layout, and checks the Framework version it was written against.
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

/** The Framework minor version whose cache layout this writes (see above). */
const FRAMEWORK = "1.13";
if (!version("@observablehq/framework").startsWith(`${FRAMEWORK}.`)) {
  throw new Error(
    `scripts/prebundle.ts writes Framework ${FRAMEWORK}'s cache layout, but @observablehq/framework is ${version("@observablehq/framework")}: check node_modules/@observablehq/framework/dist/node.js and update FRAMEWORK`,
  );
}

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
