/**
 * tfjs backends in the browser: webgl, wasm and cpu, switchable at run time. The wasm binaries are
 * served by the site itself, so the caller passes their URLs (nothing is fetched from a CDN).
 */
import * as tf from "@tensorflow/tfjs";
import { setWasmPaths } from "../vendor/tfjs-backend-wasm.js";

export type BackendName = "webgl" | "wasm" | "cpu";
export const BACKENDS: readonly BackendName[] = ["wasm", "webgl", "cpu"];

/** URLs of the three wasm binaries, by file name (`tfjs-backend-wasm.wasm`, `-simd`, `-threaded-simd`). */
export type WasmUrls = Record<string, string>;

/**
 * Switches tfjs to `name`, falling back to the next working backend in `BACKENDS` order;
 * resolves to the backend actually in use.
 */
export async function useBackend(name: BackendName, wasmUrls: WasmUrls): Promise<BackendName> {
  setWasmPaths(wasmUrls);
  for (const candidate of [name, ...BACKENDS.filter((b) => b !== name)]) {
    try {
      if (await tf.setBackend(candidate)) {
        await tf.ready();
        return candidate;
      }
    } catch {
      // try the next one: webgl is missing without a GPU context, wasm without WebAssembly
    }
  }
  throw new Error("No tfjs backend could start in this browser.");
}
