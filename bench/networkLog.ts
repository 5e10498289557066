/**
 * Counts a page's requests through the Chrome DevTools Protocol, phase by phase (a cold load, then a
 * reload): how many, how many the HTTP cache answered (a revalidation that gets a 304 counts as a
 * network request of a few hundred bytes), the bytes that crossed the wire (`encodedDataLength`:
 * headers and body as transferred) and every URL off the origin. data:, blob: and about: URLs are not
 * requests and are left out.
 */
import type { BrowserContext, Page } from "playwright-core";

export interface NetworkPhase {
  requests: number;
  fromCache: number;
  bytes: number;
  external: string[];
}

const empty = (): NetworkPhase => ({ requests: 0, fromCache: 0, bytes: 0, external: [] });

/** Starts logging `page`; `next()` opens a new phase (requests count in the phase they were sent in). */
export async function networkLog(context: BrowserContext, page: Page, origin: string) {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  const phases = [empty()];
  const phaseOf = new Map<string, NetworkPhase>();
  const cached = new Set<string>();
  cdp.on("Network.requestWillBeSent", (e) => {
    if (/^(data|blob|about):/.test(e.request.url) || phaseOf.has(e.requestId)) return;
    const phase = phases[phases.length - 1];
    phaseOf.set(e.requestId, phase);
    phase.requests++;
    if (!e.request.url.startsWith(origin)) phase.external.push(e.request.url);
  });
  const hit = (id: string) => {
    const phase = phaseOf.get(id);
    if (phase && !cached.has(id)) cached.add(id), phase.fromCache++;
  };
  cdp.on("Network.requestServedFromCache", (e) => hit(e.requestId));
  cdp.on("Network.responseReceived", (e) => {
    if (e.response.fromDiskCache || e.response.fromPrefetchCache) hit(e.requestId);
  });
  cdp.on("Network.loadingFinished", (e) => {
    const phase = phaseOf.get(e.requestId);
    if (phase) phase.bytes += e.encodedDataLength;
  });
  return {
    /** The current phase's counts so far (a copy). */
    current: (): NetworkPhase => {
      const p = phases[phases.length - 1];
      return { ...p, external: [...p.external] };
    },
    next: () => void phases.push(empty()),
  };
}
