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
