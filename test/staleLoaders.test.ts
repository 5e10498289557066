// The data loaders whose inputs the build checks (scripts/staleLoaders.ts): every listed loader and input
// exists, and a cached output older than an input is dropped while a newer one is kept.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { ROOT } from "../harness/paths.js";
import { dropStale, LOADER_INPUTS } from "../scripts/staleLoaders.js";

test("every listed loader and each of its inputs exists", () => {
  for (const [output, inputs] of Object.entries(LOADER_INPUTS)) {
    assert.ok(existsSync(path.join(ROOT, "docs", `${output}.ts`)), `docs/${output}.ts`);
    for (const f of inputs) assert.ok(existsSync(path.join(ROOT, f)), f);
  }
});

test("a cached output older than an input is dropped; a newer one is kept", () => {
  const cache = mkdtempSync(path.join(tmpdir(), "facelab-cache-"));
  try {
    const [older, newer] = Object.keys(LOADER_INPUTS);
    for (const [output, when] of [
      [older, new Date(0)],
      [newer, new Date(Date.now() + 3_600_000)],
    ] as const) {
      const file = path.join(cache, output);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, "x");
      utimesSync(file, when, when);
    }
    assert.deepEqual(dropStale(cache), [older]);
    assert.ok(!existsSync(path.join(cache, older)) && existsSync(path.join(cache, newer)));
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
});
