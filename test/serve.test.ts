/** The loopback server of the browser tests and benchmarks (harness/serve.ts): caching headers only on request. */
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { serve } from "../harness/serve.js";

const dir = mkdtempSync(path.join(os.tmpdir(), "facelab-serve-"));
writeFileSync(path.join(dir, "page.html"), "<p>hi</p>");

test("serve sends no caching headers by default, so a browser caches nothing between tests", async () => {
  const s = await serve(dir);
  try {
    const res = await fetch(`${s.url}page`);
    assert.equal(await res.text(), "<p>hi</p>");
    assert.equal(res.headers.get("cache-control"), null);
    assert.equal(res.headers.get("last-modified"), null);
  } finally {
    await s.close();
  }
});

test("serve with cacheControl sends it with Last-Modified and answers a revalidation with 304", async () => {
  const s = await serve(dir, undefined, { cacheControl: "max-age=600" });
  try {
    const first = await fetch(`${s.url}page`);
    assert.equal(first.headers.get("cache-control"), "max-age=600");
    const since = first.headers.get("last-modified") ?? "";
    assert.equal((await fetch(`${s.url}page`, { headers: { "if-modified-since": since } })).status, 304);
    assert.equal((await fetch(`${s.url}page`, { headers: { "if-modified-since": new Date(0).toUTCString() } })).status, 200);
  } finally {
    await s.close();
  }
});

test("serve with isolate sends COOP same-origin and COEP require-corp, without it neither", async () => {
  const isolated = await serve(dir, undefined, { isolate: true });
  const plain = await serve(dir);
  try {
    const on = await fetch(`${isolated.url}page`);
    assert.equal(on.headers.get("cross-origin-opener-policy"), "same-origin");
    assert.equal(on.headers.get("cross-origin-embedder-policy"), "require-corp");
    const off = await fetch(`${plain.url}page`);
    assert.equal(off.headers.get("cross-origin-opener-policy"), null);
    assert.equal(off.headers.get("cross-origin-embedder-policy"), null);
  } finally {
    await isolated.close();
    await plain.close();
  }
});
