/**
 * A minimal static server for the built site, mounted under a sub-path (as a project page on a
 * static host would be) so the tests catch absolute links. Loopback only.
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".jpg": "image/jpeg",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".bin": "application/octet-stream",
};

/** How responses may be cached, and whether pages are cross-origin isolated. */
export interface ServeOptions {
  /**
   * A `Cache-Control` value; when given, `Last-Modified` goes with it and a revalidation gets a 304.
   * Without it nothing is sent, so the browser caches nothing (the tests).
   */
  cacheControl?: string;
  /**
   * Send the headers that make a page cross-origin isolated (COOP same-origin, COEP require-corp),
   * as a host configured for wasm threads would (README, "Publish the course").
   */
  isolate?: boolean;
}

/** The two headers that make a page cross-origin isolated, so that the browser allows wasm threads. */
export const ISOLATION_HEADERS = {
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-embedder-policy": "require-corp",
} as const;

/** Serves `dir` at `http://127.0.0.1:<port><base>`; resolves to the site's URL and a close function. */
export async function serve(
  dir: string,
  base = "/course/facelab/",
  { cacheControl, isolate = false }: ServeOptions = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    if (!pathname.startsWith(base)) return void res.writeHead(404).end();
    let file = path.join(dir, pathname.slice(base.length));
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, "index.html");
    else if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
    if (!existsSync(file)) return void res.writeHead(404).end();
    const { size, mtime } = statSync(file);
    const headers = {
      ...(cacheControl ? { "cache-control": cacheControl, "last-modified": mtime.toUTCString() } : {}),
      ...(isolate ? ISOLATION_HEADERS : {}),
    };
    const since = Date.parse(req.headers["if-modified-since"] ?? "");
    if (cacheControl && since >= Math.floor(mtime.getTime() / 1000) * 1000) return void res.writeHead(304, headers).end();
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream", "content-length": size, ...headers });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}${base}`, close: () => new Promise((r) => server.close(() => r())) };
}
