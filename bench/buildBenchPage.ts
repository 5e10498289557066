/**
 * Builds the benchmark page into a temporary directory: the page script (bench/browser/entry.ts,
 * with facelab's compiled lib/, tfjs 4.22 and @vladmandic/face-api's no-bundle build), face-api.js
 * 0.22 as its own classic script (loaded into an iframe, see src/race/faceApiMtcnn.ts), the wasm
 * binaries and every weight file. Nothing is fetched from outside the local server.
 */
import { build } from "esbuild";
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { bundleFaceApi } from "../scripts/faceApiBundle.js";
import { faceApiModelDir } from "../src/node/faceApiModels.js";

const HTML = `<!doctype html><meta charset="utf-8"><title>facelab bench</title><link rel="icon" href="data:,">
<body><script type="module" src="bench.js"></script></body>`;

/** Builds the page; returns the directory to serve. `peerWeights` is face-api.js's MTCNN weight folder. */
export async function buildBenchPage(root: string, peerWeights: string): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "facelab-bench-"));
  const common = { bundle: true, format: "esm", platform: "browser", target: "es2022", logLevel: "error", minify: true } as const;
  await build({
    ...common,
    entryPoints: [path.join(root, "bench/browser/entry.ts")],
    outfile: path.join(dir, "bench.js"),
    external: ["fs", "path", "crypto", "os", "worker_threads", "perf_hooks", "util"],
  });
  await bundleFaceApi(path.join(dir, "faceapi.js"));
  writeFileSync(path.join(dir, "index.html"), HTML);
  mkdirSync(path.join(dir, "wasm"));
  for (const f of ["tfjs-backend-wasm.wasm", "tfjs-backend-wasm-simd.wasm", "tfjs-backend-wasm-threaded-simd.wasm"]) {
    cpSync(path.join(root, "node_modules/@tensorflow/tfjs-backend-wasm/dist", f), path.join(dir, "wasm", f));
  }
  cpSync(path.join(root, "models/mtcnn"), path.join(dir, "models/mtcnn"), { recursive: true });
  cpSync(faceApiModelDir(), path.join(dir, "models/dlib"), { recursive: true });
  cpSync(peerWeights, path.join(dir, "peer"), { recursive: true });
  return dir;
}
