/** Which wasm build runs and why (src/browser/threadStatus.ts): the cases the page's status line tells apart. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { MAX_WASM_THREADS, threadStatus, wasmThreadCount } from "../src/browser/threadStatus.js";

test("threads only on wasm; one wasm thread is explained by the missing isolation, or by the machine", () => {
  const wasm = { backend: "wasm", simd: true };
  assert.equal(threadStatus({ ...wasm, threads: 2, isolated: true }), "threads");
  assert.equal(threadStatus({ ...wasm, threads: 1, isolated: false }), "no-isolation");
  assert.equal(threadStatus({ ...wasm, threads: 1, isolated: true }), "one-thread");
  assert.equal(threadStatus({ backend: "webgl", simd: false, threads: 1, isolated: true }), "other");
  assert.equal(threadStatus({ backend: "cpu", simd: false, threads: 1, isolated: false }), "other");
});

test("one wasm thread per logical core, within the 8 workers tfjs starts", () => {
  assert.equal(wasmThreadCount(2), 2);
  assert.equal(wasmThreadCount(1), 1);
  assert.equal(wasmThreadCount(64), MAX_WASM_THREADS);
  assert.equal(wasmThreadCount(undefined), 1);
  assert.equal(wasmThreadCount(0), 1);
});
