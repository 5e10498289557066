/**
 * `npm run build:lib` (and `prepare`, so `npm install` runs it): compiles src/ into lib/ with tsc, then
 * writes the library's four browser bundles with esbuild's API. lib/ is emptied first, so it holds
 * exactly the library — nothing left over from a source that was moved or removed.
 *
 * - lib/vendor/tfjs-backend-wasm.js: @tensorflow/tfjs-backend-wasm's backend with MTCNN's kernels only
 *   (src/vendor/tfjs-backend-wasm.ts), tfjs-core left to the page (the package entry leaves a bare
 *   `fs` import that no browser resolves).
 * - lib/vendor/tfjs-backend-wasm-kernels.js: every kernel config of that package, as listed by its
 *   register_all_kernels.js, exported unregistered (src/browser/wasmKernels.ts registers them).
 * - lib/workers/tsne.js: the t-SNE Web Worker (src/tsne/worker.ts) as one file a page can start.
 * - lib/vendor/libsvm.js: replaces tsc's output for src/vendor/libsvm.ts by a bundle of it with
 *   `process` defined away (why: see that file); tsc's source map of the shim goes with it. The
 *   generated code's dead duplicate `case` labels are dropped (`dedupeCaseLabels.ts`), so Framework
 *   does not warn about code that is not ours each time it bundles facelab.
 */
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build, type BuildOptions, type Plugin } from "esbuild";
import { dedupeCaseLabels } from "./dedupeCaseLabels.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const LIB = path.join(ROOT, "lib");
const require = createRequire(path.join(ROOT, "package.json"));

/** Loads libsvm-js's emscripten output without its duplicate case labels. */
const libsvmCases: Plugin = {
  name: "libsvm-duplicate-cases",
  setup(b) {
    b.onLoad({ filter: /libsvm-js[\\/]out[\\/]asm[\\/]libsvm\.js$/ }, async (args) => ({
      contents: dedupeCaseLabels(await readFile(args.path, "utf8")),
      loader: "js",
    }));
  },
};

/**
 * An entry that exports every kernel config @tensorflow/tfjs-backend-wasm registers, in its order,
 * read from its register_all_kernels.js so it follows the installed version.
 */
async function allWasmKernels(): Promise<BuildOptions["stdin"]> {
  const file = require.resolve("@tensorflow/tfjs-backend-wasm/dist/register_all_kernels.js");
  const imports = [...(await readFile(file, "utf8")).matchAll(/^import \{ (\w+) \} from '(\.\/kernels\/\w+)';$/gm)];
  if (imports.length < 100) throw new Error(`build:lib: found only ${imports.length} kernel imports in ${file}; has its layout changed?`);
  return {
    contents: `${imports.map(([, name, from]) => `import { ${name} } from "${from}.js";`).join("\n")}\nexport const KERNEL_CONFIGS = [${imports.map(([, name]) => name).join(", ")}];\n`,
    resolveDir: path.dirname(file),
    sourcefile: "all-wasm-kernels.js",
  };
}

/** The bundles, each written over whatever tsc put at its `outfile`. */
const BUNDLES: BuildOptions[] = [
  {
    entryPoints: [path.join(ROOT, "src/vendor/tfjs-backend-wasm.ts")],
    outfile: path.join(LIB, "vendor/tfjs-backend-wasm.js"),
    platform: "browser",
    external: ["@tensorflow/tfjs-core"],
    allowOverwrite: true,
  },
  {
    stdin: await allWasmKernels(),
    outfile: path.join(LIB, "vendor/tfjs-backend-wasm-kernels.js"),
    platform: "browser",
    external: ["@tensorflow/tfjs-core"],
  },
  {
    entryPoints: [path.join(ROOT, "src/tsne/worker.ts")],
    outfile: path.join(LIB, "workers/tsne.js"),
    platform: "browser",
  },
  {
    entryPoints: [path.join(ROOT, "src/vendor/libsvm.ts")],
    outfile: path.join(LIB, "vendor/libsvm.js"),
    platform: "neutral",
    define: { process: "undefined" },
    external: ["fs", "path", "crypto"],
    plugins: [libsvmCases],
    allowOverwrite: true,
  },
];

rmSync(LIB, { recursive: true, force: true });
const tsc = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json"], { cwd: ROOT, stdio: "inherit" });
if (tsc.status !== 0) {
  process.stderr.write(`build:lib: tsc failed (exit ${tsc.status ?? tsc.signal}); lib/ may be incomplete\n`);
  process.exit(1);
}
for (const map of ["vendor/libsvm.js.map", "vendor/tfjs-backend-wasm.js.map"]) rmSync(path.join(LIB, map), { force: true }); // tsc's maps of files the bundles replace
await Promise.all(BUNDLES.map((options) => build({ bundle: true, format: "esm", logLevel: "warning", ...options })));
process.stderr.write(`lib/ built: tsc, then ${BUNDLES.length} esbuild bundles\n`);
