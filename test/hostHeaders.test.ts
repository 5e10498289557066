/** dist/_headers as the post-build step writes it (scripts/hostHeaders.ts). */
import assert from "node:assert/strict";
import { test } from "node:test";
import { headersFile, IMMUTABLE } from "../scripts/hostHeaders.js";
import { ISOLATION_HEADERS } from "../harness/serve.js";

/** The file parsed as Netlify / Cloudflare Pages read it: pattern → header name → value. */
function parse(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split("\n").filter(Boolean)) {
    if (!/^\s/.test(line)) rules.set(line, (current = new Map()));
    else {
      const [name, ...value] = line.trim().split(":");
      current?.set(name.toLowerCase(), value.join(":").trim());
    }
  }
  return rules;
}

test("every response gets the isolation headers the test server sends, so wasm runs threaded", () => {
  const all = parse(headersFile()).get("/*");
  assert.ok(all);
  for (const [name, value] of Object.entries(ISOLATION_HEADERS)) assert.equal(all.get(name), value, name);
  assert.equal(all.has("cache-control"), false, "no Cache-Control on every path: a host merging rules would join two values");
});

test("the hashed folders are cached for a year; the pages get no caching rule", () => {
  const rules = parse(headersFile());
  for (const dir of ["_file", "_import", "_node", "_observablehq"]) assert.equal(rules.get(`/${dir}/*`)?.get("cache-control"), IMMUTABLE, dir);
  assert.ok([...rules.keys()].every((p) => p === "/*" || /^\/_[a-z]+\/\*$/.test(p)));
});
