/** The site's Content-Security-Policy as the post-build step writes it (scripts/csp.ts). */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { cspFor, injectCsp, inlineScripts, scriptHash } from "../scripts/csp.js";

const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><script type="module" src="./_observablehq/client.js"></script>
<script type="module">alert(1)</script></head><body><script>{const x = 1;}</script></body></html>`;

describe("Content-Security-Policy", () => {
  test("hashes exactly the inline scripts, as the browser does", () => {
    assert.deepEqual(inlineScripts(page), ["alert(1)", "{const x = 1;}"]);
    assert.equal(scriptHash("alert(1)"), "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"); // the value CSP references quote
    assert.match(cspFor(page), /script-src 'self' 'wasm-unsafe-eval' 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF\+pI=' 'sha256-/);
  });

  test("allows only the site's own origin for scripts, workers, images, fonts and connections; eval only for tfjs-vis pages", () => {
    const csp = cspFor(page);
    for (const d of ["default-src 'self'", "worker-src 'self'", "connect-src 'self'", "img-src 'self' data: blob:", "font-src 'self'", "object-src 'none'"]) {
      assert.ok(csp.includes(`${d};`), d);
    }
    assert.doesNotMatch(csp, /https?:|\*|'unsafe-eval'/);
    assert.match(
      cspFor(page.replace("client.js", 'client.js"></script><link rel="modulepreload" href="./_node/@tensorflow/tfjs-vis@1.5.1/x.js')),
      /script-src 'self' 'wasm-unsafe-eval' 'unsafe-eval' /,
    );
  });

  test("blob: workers and scripts only on pages that can run tfjs's threaded wasm (its threads start from blob: URLs)", () => {
    assert.doesNotMatch(cspFor(page), /(script|worker)-src[^;]*blob:/);
    const wasmPage = page.replace("</head>", '<link rel="preload" href="./_file/_wasm/tfjs-backend-wasm-threaded-simd.c052228d.wasm"></head>');
    const csp = cspFor(wasmPage);
    assert.match(csp, /worker-src 'self' blob:;/);
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' blob: 'sha256-/);
  });

  test("goes first in <head>, before any script, and injecting twice changes nothing", () => {
    const once = injectCsp(page);
    assert.ok(once.indexOf('http-equiv="Content-Security-Policy"') < once.indexOf("<script"));
    assert.equal(injectCsp(once), once);
  });
});
