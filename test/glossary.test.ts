/**
 * The glossary every page and translator follows: well-formed, stable ids; enough entries; sorted by the
 * page that introduces them; Chinese where Chinese is expected; and every word quoted from the course
 * report really is in the report (nothing invented).
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { PAGE_ORDER, TERMS } from "../docs/components/glossary/terms.js";
import { SHARED } from "../harness/paths.js";

const CJK = /[\u3400-\u9fff]/u;

test("glossary ids are unique, lower-case ascii words joined by hyphens", () => {
  const ids = TERMS.map((t) => t.id);
  assert.equal(new Set(ids).size, ids.length, "duplicate ids");
  for (const id of ids) assert.match(id, /^[a-z0-9]+(-[a-z0-9]+)*$/, id);
});

test("the glossary has at least 70 entries", () => {
  assert.ok(TERMS.length >= 70, `${TERMS.length} entries`);
});

test("entries are sorted by page in course order, then alphabetically by their English term", () => {
  for (let i = 1; i < TERMS.length; i++) {
    const a = TERMS[i - 1] as (typeof TERMS)[number];
    const b = TERMS[i] as (typeof TERMS)[number];
    const byPage = PAGE_ORDER.indexOf(a.page) - PAGE_ORDER.indexOf(b.page);
    const order = byPage || a.en.localeCompare(b.en, "en", { sensitivity: "base" });
    assert.ok(order < 0, `${a.id} should come after ${b.id}`);
  }
});

test("every Chinese term and definition contains Chinese characters; English ones contain none", () => {
  for (const t of TERMS) {
    assert.match(t.zh, CJK, `${t.id}.zh`);
    assert.match(t.def.zh, CJK, `${t.id}.def.zh`);
    assert.doesNotMatch(t.en, CJK, `${t.id}.en`);
    assert.doesNotMatch(t.def.en, CJK, `${t.id}.def.en`);
  }
});

test("the report's words are not the standard term itself", () => {
  for (const t of TERMS) for (const w of t.report ?? []) assert.notEqual(w, t.zh, t.id);
});

test("every word quoted from the course report occurs in it verbatim", {
  skip: SHARED ? false : "../shared is absent: the course report cannot be read",
}, () => {
  const report = readFileSync(path.join(SHARED as string, "course-report/report-zh.txt"), "utf8");
  for (const t of TERMS) for (const w of t.report ?? []) assert.ok(report.includes(w), `${t.id}: "${w}" is not in the report`);
});
