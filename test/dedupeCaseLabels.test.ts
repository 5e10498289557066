/** scripts/dedupeCaseLabels.ts: the clean-up of libsvm-js's generated switch statements. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, it } from "node:test";
import { transform } from "esbuild";
import { dedupeCaseLabels } from "../scripts/dedupeCaseLabels.js";

describe("dedupeCaseLabels", () => {
  it("keeps the first occurrence of each label in a run of adjacent labels", () => {
    assert.equal(
      dedupeCaseLabels("switch(x){case 12:case 12:{y=1}case 13:case 14:case 13:case 14:return 0}"),
      "switch(x){case 12:{y=1}case 13:case 14:return 0}",
    );
  });

  it("keeps the whitespace between the labels it keeps", () => {
    assert.equal(dedupeCaseLabels("case 1:\n  case 2:\n  case 1:\n  f();"), "case 1:\n  case 2:\n  f();");
  });

  it("leaves labels alone when they are in different runs or different switches", () => {
    const code = "switch(a){case 1:f();case 2:case 3:g()}switch(b){case 1:case 2:h()}";
    assert.equal(dedupeCaseLabels(code), code);
  });

  it("leaves libsvm-js's asm build with no duplicate-case warning from esbuild", async () => {
    const file = createRequire(import.meta.url).resolve("libsvm-js/out/asm/libsvm.js");
    const duplicates = async (code: string) => (await transform(code, { loader: "js" })).warnings.filter((w) => w.id === "duplicate-case").length;
    const code = readFileSync(file, "utf8");
    assert.ok((await duplicates(code)) > 0, "the package no longer has duplicate case labels: drop this clean-up");
    assert.equal(await duplicates(dedupeCaseLabels(code)), 0);
  });
});
