/**
 * tfjs backends in the browser: webgl, wasm and cpu, switchable at run time. The wasm binaries are
 * served by the site itself, so the caller passes their URLs (nothing is fetched from a CDN).
 */
import * as tf from "@tensorflow/tfjs";
import { getThreadsCount, setThreadsCount, setWasmPaths } from "../vendor/tfjs-backend-wasm.js";
import { type BackendFacts, wasmThreadCount } from "./threadStatus.js";

export type BackendName = "webgl" | "wasm" | "cpu";
export const BACKENDS: readonly BackendName[] = ["wasm", "webgl", "cpu"];

/** URLs of the three wasm binaries, by file name (`tfjs-backend-wasm.wasm`, `-simd`, `-threaded-simd`). */
export type WasmUrls = Record<string, string>;

/*
 * Threads: tfjs starts its multi-threaded SIMD binary by itself when WASM_HAS_MULTITHREAD_SUPPORT holds,
 * i.e. when SharedArrayBuffer exists — in browsers, only on a cross-origin isolated page. We ask for
 * one thread per logical core (`wasmThreadCount`: tfjs's default of half would be 1 on two cores). Its
 * threads are Web Workers started from blob: URLs, hence the pages' CSP allows blob: (scripts/csp.ts).
 * Set when this module loads, not in `useBackend`: any tfjs call before it (a page's tensor meter
 * calling tf.memory()) already starts the wasm backend, which reads the count when it is constructed.
 * The single-threaded binaries ignore it. tfjs-backend-wasm 4.22's threaded build reports (and, by the
 * CPU time of its workers, uses) one thread whatever it is asked (an open tfjs bug): `backendFacts`
 * reports what tfjs says, so the pages stay truthful and show more threads once a release fixes it.
 */
setThreadsCount(wasmThreadCount(globalThis.navigator?.hardwareConcurrency));

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

/** The backend in use and, for wasm, which binary runs on how many threads (call after `useBackend`). */
export async function backendFacts(): Promise<BackendFacts> {
  const backend = tf.getBackend();
  const isolated = (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true;
  if (backend !== "wasm") return { backend, simd: false, threads: 1, isolated };
  const simd = (await tf.env().getAsync("WASM_HAS_SIMD_SUPPORT")) === true;
  return { backend, simd, threads: getThreadsCount(), isolated };
}
