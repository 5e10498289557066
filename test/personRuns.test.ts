/**
 * The clusters page's slim list of whose face each LFW row is (docs/components/personRuns.ts): runs of
 * one person, decoded back to exactly the persons of embeddings.tsv, row for row.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { parseRows } from "../docs/components/lfwData.js";
import { decodePersonRuns, encodePersonRuns } from "../docs/components/personRuns.js";

test("encodePersonRuns writes one line per run of a person, in row order", () => {
  assert.equal(encodePersonRuns(["A", "A", "B", "A"]), "A\t2\nB\t1\nA\t1\n");
  assert.deepEqual(decodePersonRuns("A\t2\nB\t1\nA\t1\n"), [{ person: "A" }, { person: "A" }, { person: "B" }, { person: "A" }]);
});

test("LFW's 13,233 rows: decoded runs give every row's person, a tenth of embeddings.tsv's bytes", () => {
  const tsv = readFileSync(new URL("../data/lfw/embeddings.tsv", import.meta.url), "utf8");
  const people = parseRows(tsv).map((r) => r.person);
  const runs = encodePersonRuns(people);
  assert.deepEqual(
    decodePersonRuns(runs).map((r) => r.person),
    people,
  );
  assert.equal(people.length, 13233);
  assert.ok(runs.length < tsv.length / 10, `${runs.length} bytes`);
});
