/**
 * The site's Content-Security-Policy, injected after `observable build` as a `<meta http-equiv>` in
 * every page of dist/ (a static host may not let us set headers). Privacy by construction: whatever a
 * page's code tried, the browser would refuse to load a script, worker, image, font or style from, or
 * send a photo to, any origin but the site's own.
 *
 * Framework writes inline scripts (each page's module cells, the sidebar's state), so `script-src`
 * lists the SHA-256 of each one found in the built page: only those exact scripts run. (A meta
 * policy cannot set frame-ancestors or report-uri; a host that sets headers can add them.)
 */
import { createHash } from "node:crypto";

/** Each source beyond 'self', and why it is needed. */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = Object.freeze({
  "default-src": ["'self'"],
  // 'wasm-unsafe-eval': tfjs's wasm backend compiles its .wasm (served by the site itself). 'unsafe-eval'
  // only on pages that load tfjs-vis (`needsEval`); the per-page hashes are added by `cspFor`.
  "script-src": ["'self'", "'wasm-unsafe-eval'"],
  // blob: only on pages that can run tfjs's threaded wasm (`needsThreads`), added by `cspFor`.
  "worker-src": ["'self'"],
  "connect-src": ["'self'"],
  // data: the inline favicon (observablehq.config.ts); blob: thumbnails and canvases turned into object URLs.
  "img-src": ["'self'", "data:", "blob:"],
  "font-src": ["'self'"],
  // 'unsafe-inline' for styles only: Plot, KaTeX and Inputs set style attributes; styles cannot send data anywhere img/connect forbid.
  "style-src": ["'self'", "'unsafe-inline'"],
  // A camera stream plays through `srcObject`, which media-src does not govern; no media URL is needed beyond the site.
  "media-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'none'"],
});

/** The text of every inline `<script>` (one without a `src`) in `html`, exactly as the browser hashes it. */
export function inlineScripts(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (!/\bsrc\s*=/i.test(m[1])) found.push(m[2]);
  }
  return found;
}

/** `'sha256-…'` of a script's text. */
export const scriptHash = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** The policy for one page: the directives, plus the hashes of that page's inline scripts. */
export function cspFor(html: string): string {
  const hashes = [...new Set(inlineScripts(html).map(scriptHash))];
  const threads = needsThreads(html) ? ["blob:"] : [];
  const extra: Record<string, string[]> = {
    "script-src": [...(needsEval(html) ? ["'unsafe-eval'"] : []), ...threads, ...hashes],
    "worker-src": threads,
    "script-src-attr": ["'unsafe-hashes'", ...HTL_PLACEHOLDERS.map(scriptHash)],
  };
  return Object.entries({ ...CSP_DIRECTIVES, "script-src-attr": [] })
    .map(([name, sources]) => [name, ...sources, ...(extra[name] ?? [])].join(" "))
    .join("; ");
}

/**
 * htl (used by @observablehq/inputs and the pages) parses its templates with an event-handler
 * attribute holding a placeholder, `onclick="::3"`, then removes the attribute and sets the handler
 * as a property. Chromium reports even that inert attribute as an inline handler, so these exact
 * texts are allowed by hash ('unsafe-hashes'): "::3" is not valid JavaScript and can run nothing.
 */
export const HTL_PLACEHOLDERS = Array.from({ length: 64 }, (_, i) => `::${i + 1}`);

/**
 * vega (inside @tensorflow/tfjs-vis's prebuilt bundle) compiles chart expressions with `Function`,
 * so a page that loads tfjs-vis needs 'unsafe-eval' — that page only. The FaceNet page imports it only
 * when training draws its first curve, but the policy is fixed when the page loads, so what counts is
 * that the page's code names tfjs-vis (its `import()` is in the page's inline script). Eval'd code is still bound by
 * connect-src / img-src 'self': it cannot send anything off the site.
 */
const needsEval = (html: string) => /tfjs-vis/.test(html);

/**
 * tfjs's multi-threaded wasm (run on a cross-origin isolated page) starts each thread as a Web Worker
 * from a blob: URL, and that worker loads the backend's own script, bundled in the site's code, with
 * `importScripts` of another blob: URL; a blob worker inherits the page's policy, so both worker-src
 * and script-src need blob: — only on the pages that list the threaded binary. A blob: URL can only be
 * made by a script already running in the page, so this lets no outside script in.
 */
const needsThreads = (html: string) => /tfjs-backend-wasm-threaded-simd/.test(html);

/** `html` with its policy as the first element of `<head>` (before any script it governs); idempotent. */
export function injectCsp(html: string): string {
  const clean = html.replace(/\n?<meta http-equiv="Content-Security-Policy"[^>]*>/i, "");
  const meta = `<meta http-equiv="Content-Security-Policy" content="${cspFor(clean)}">`;
  if (!/<head>/i.test(clean)) throw new Error("no <head> to put the Content-Security-Policy in");
  return clean.replace(/<head>/i, (head) => `${head}\n${meta}`);
}
