/**
 * Which of the wasm backend's builds runs, and why: tfjs picks its multi-threaded SIMD binary when the
 * browser allows WebAssembly threads, which needs SharedArrayBuffer, which a browser gives a page only
 * when it is cross-origin isolated (served with COOP `same-origin` and COEP `require-corp`). Pure, so
 * the page's status line and its tests agree on the same cases.
 */

/** What is running: the tfjs backend, and for wasm its binary's SIMD and its thread count. */
export interface BackendFacts {
  backend: string;
  /** wasm only: the SIMD binary (plain or threaded) runs. */
  simd: boolean;
  /** Threads doing the work (1 on every backend but a threaded wasm). */
  threads: number;
  /** `crossOriginIsolated`: the page got the headers that allow threads. */
  isolated: boolean;
}

/**
 * - `threads`: wasm with more than one thread;
 * - `no-isolation`: wasm on one thread because the site is served without the isolating headers;
 * - `one-thread`: wasm on one thread although the page is isolated (one core, or a browser without wasm threads);
 * - `other`: webgl or cpu, where wasm threads do not apply.
 */
export type ThreadStatus = "threads" | "no-isolation" | "one-thread" | "other";

export function threadStatus(f: BackendFacts): ThreadStatus {
  if (f.backend !== "wasm") return "other";
  if (f.threads > 1) return "threads";
  return f.isolated ? "one-thread" : "no-isolation";
}

/** tfjs's threaded wasm pre-starts 8 workers; XNNPACK must not ask for more (it would wait for workers forever). */
export const MAX_WASM_THREADS = 8;

/**
 * Threads for the threaded wasm: one per logical core, at most `MAX_WASM_THREADS`. tfjs's own default is
 * half the logical cores (it assumes two hyper-threads per core), which on a 2-core machine is 1 thread:
 * the threaded binary would run, and gain nothing.
 */
export function wasmThreadCount(hardwareConcurrency: number | undefined): number {
  return Math.max(1, Math.min(MAX_WASM_THREADS, Math.floor(hardwareConcurrency ?? 1) || 1));
}
