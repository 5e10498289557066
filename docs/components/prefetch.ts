// Files a page requests before its code has loaded: a cell that imports only this module (and the
// assets' URLs) runs while the libraries are still downloading, so the two downloads overlap. Whoever
// needs such a file later takes the response started here instead of requesting it again.
const started = new Map<string, Promise<Response>>();

/** Starts fetching each of `urls` now, once. */
export function prefetch(urls: Iterable<string>): void {
  for (const url of urls) {
    if (started.has(url)) continue;
    const response = fetch(url);
    response.catch(() => {}); // a failure is reported to whoever takes the response, not as an unhandled rejection
    started.set(url, response);
  }
}

/** The response to `url`: the one `prefetch` started, the first time it is asked for; else a new request. */
export function fetchOnce(url: string): Promise<Response> {
  const response = started.get(url);
  if (!response) return fetch(url);
  started.delete(url);
  return response;
}

/** Whether the address names a sample photo (`?sample=…`): then the page does not open with its first one. */
export const sampleInAddress = (): boolean => typeof location !== "undefined" && new URLSearchParams(location.search).has("sample");

/**
 * Downloads the wasm binary tfjs will ask for on this page into the browser's HTTP cache, now: tfjs
 * requests it itself once the backend starts, late, and then finds it there. The threaded build on a
 * cross-origin isolated page, else the SIMD one (tfjs's own choice in every browser with SIMD); nothing
 * when the address asks for another backend.
 */
export function warmWasm(urls: Record<string, string>): void {
  if (typeof location === "undefined") return;
  const backend = new URLSearchParams(location.search).get("backend");
  if (backend && backend !== "wasm") return;
  const isolated = (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true;
  const url = urls[isolated ? "tfjs-backend-wasm-threaded-simd.wasm" : "tfjs-backend-wasm-simd.wasm"];
  if (url)
    void fetch(url, { credentials: "same-origin" })
      .then((r) => r.arrayBuffer())
      .catch(() => {}); // tfjs reports a failure itself
}
