/**
 * face-api.js 0.22 (with the tfjs-core 1.7 it bundles) as one classic script that defines the global
 * `faceapi`: the form src/race/faceApiMtcnn.ts loads into its iframe with a plain
 * `<script src>`. Why a classic script and not an ES module: the page's Content-Security-Policy
 * (inherited by a srcdoc iframe) forbids eval and inline scripts, so the iframe cannot `import()` a
 * module and hand it over; a same-origin `<script src>` runs before the iframe's load event, with
 * its global on the iframe's window. Used by the site build (peer.ts) and the benchmark page.
 */
import { build } from "esbuild";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The name of the global the bundle defines. */
export const FACE_API_GLOBAL = "faceapi";

/** Writes the bundle to `outfile`. */
export async function bundleFaceApi(outfile: string): Promise<void> {
  await build({
    entryPoints: [path.join(ROOT, "node_modules/face-api.js/build/es6/index.js")],
    outfile,
    bundle: true,
    format: "iife",
    globalName: FACE_API_GLOBAL,
    platform: "browser",
    target: "es2022",
    minify: true,
    // face-api.js only require()s fs inside a try, for Node: in the browser that throws and is caught.
    external: ["fs"],
    logLevel: "error",
  });
}
