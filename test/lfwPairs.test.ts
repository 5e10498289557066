import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { lfwPath, parsePairs, parsePeople } from "../src/lfw/pairs.js";
import { SHARED } from "../harness/paths.js";

test("lfwPath pads the image number to four digits", () => {
  assert.equal(lfwPath("Aaron_Eckhart", 1), "Aaron_Eckhart/Aaron_Eckhart_0001.jpg");
});

test("parsePairs reads matched and mismatched lines after the header", () => {
  const pairs = parsePairs("1\t2\nAbel_Pacheco\t1\t4\nAbdel_Madi_Shabneh\t1\tDean_Barker\t12\n");
  assert.deepEqual(pairs, [
    { a: "Abel_Pacheco/Abel_Pacheco_0001.jpg", b: "Abel_Pacheco/Abel_Pacheco_0004.jpg", same: true },
    { a: "Abdel_Madi_Shabneh/Abdel_Madi_Shabneh_0001.jpg", b: "Dean_Barker/Dean_Barker_0012.jpg", same: false },
  ]);
  assert.throws(() => parsePairs("1\nonly_two 1\n"), /line 2/);
});

test("parsePeople skips count lines", () => {
  assert.deepEqual(parsePeople("2\nAJ_Cook\t1\nAaron_Eckhart\t3\n"), [
    { name: "AJ_Cook", images: 1 },
    { name: "Aaron_Eckhart", images: 3 },
  ]);
});

test("the official pairs.txt has 10 folds of 300 matched then 300 mismatched pairs", { skip: SHARED ? false : "../shared is absent" }, () => {
  const lfw = path.join(SHARED as string, "lfw");
  const pairs = parsePairs(readFileSync(path.join(lfw, "pairs.txt"), "utf8"));
  assert.equal(pairs.length, 6000);
  for (let f = 0; f < 10; f++) {
    const fold = pairs.slice(600 * f, 600 * (f + 1));
    assert.ok(fold.slice(0, 300).every((p) => p.same) && fold.slice(300).every((p) => !p.same), `fold ${f}`);
  }
  for (const p of pairs) assert.ok(existsSync(path.join(lfw, "lfw-deepfunneled", p.a)), p.a);
});
