/**
 * tfjs backends in the browser: webgl, wasm and cpu, switchable at run time. The wasm binaries are
 * served by the site itself, so the caller passes their URLs (nothing is fetched from a CDN).
 *
 * Only wasm, every page's default, comes with this module (importing the vendored bundle registers it,
 * with MTCNN's kernels; `useBackend` adds the others unless told the page needs only those).
 * webgl (≈ 360 KB of script) and cpu (≈ 120 KB) are imported the first time a reader picks one or
 * wasm fails, so a page that stays on wasm never downloads them.
 */
import * as tf from "@tensorflow/tfjs-core";
import { getThreadsCount, setThreadsCount, setWasmPaths } from "../vendor/tfjs-backend-wasm.js";
import { type BackendFacts, wasmThreadCount } from "./threadStatus.js";
import { registerAllWasmKernels } from "./wasmKernels.js";

export type BackendName = "webgl" | "wasm" | "cpu";
export const BACKENDS: readonly BackendName[] = ["wasm", "webgl", "cpu"];

/** URLs of the three wasm binaries, by file name (`tfjs-backend-wasm.wasm`, `-simd`, `-threaded-simd`). */
export type WasmUrls = Record<string, string>;

/*
 * Threads: tfjs starts its multi-threaded SIMD binary by itself when WASM_HAS_MULTITHREAD_SUPPORT holds,
 * i.e. when SharedArrayBuffer exists — in browsers, only on a cross-origin isolated page. We ask for
 * one thread per logical core (`wasmThreadCount`: tfjs's default of half would be 1 on two cores). Its
 * threads are Web Workers started from blob: URLs, hence the pages' CSP allows blob: (scripts/csp.ts).
 * Set when this module loads, not in `useBackend`: the wasm backend reads the count when it is
 * constructed, and nothing may start it earlier (the tensor meter waits for the page's choice).
 * The single-threaded binaries ignore it. tfjs-backend-wasm 4.22's threaded build reports (and, by the
 * CPU time of its workers, uses) one thread whatever it is asked (an open tfjs bug): `backendFacts`
 * reports what tfjs says, so the pages stay truthful and show more threads once a release fixes it.
 */
setThreadsCount(wasmThreadCount(globalThis.navigator?.hardwareConcurrency));

/** Registers a backend with tfjs; resolves once its module has run (a no-op after the first time). */
const REGISTER: Record<BackendName, () => Promise<unknown>> = {
  wasm: async () => undefined,
  webgl: () => import("@tensorflow/tfjs-backend-webgl"),
  cpu: () => import("@tensorflow/tfjs-backend-cpu"),
};

/** Which of the wasm backend's kernels `useBackend` makes sure of before it resolves. */
export interface UseBackendOptions {
  /**
   * "all" (the default): every kernel. "mtcnn": only the few MTCNN runs, already there — for a page
   * whose first figure is a detection; it calls `registerAllWasmKernels()` once that is on screen,
   * before running anything else.
   */
  wasmKernels?: "all" | "mtcnn";
}

/**
 * Switches tfjs to `name`, falling back to the next working backend in `BACKENDS` order;
 * resolves to the backend actually in use.
 */
export async function useBackend(name: BackendName, wasmUrls: WasmUrls, { wasmKernels = "all" }: UseBackendOptions = {}): Promise<BackendName> {
  setWasmPaths(wasmUrls);
  for (const candidate of [name, ...BACKENDS.filter((b) => b !== name)]) {
    try {
      await REGISTER[candidate]();
      // Downloaded while the backend starts (its binary compiles meanwhile).
      const kernels = candidate === "wasm" && wasmKernels === "all" ? registerAllWasmKernels() : null;
      kernels?.catch(() => {}); // awaited below; a backend that fails first must not leave it unhandled
      if (await tf.setBackend(candidate)) {
        await tf.ready();
        await kernels;
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
