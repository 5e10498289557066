/**
 * The glossary each edition downloads (docs/_data/glossary/*.json.ts): every term of terms.ts, in its
 * order, with its definition in the edition's language only; and the course parts in the sidebar's order.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { COURSE_PAGES, HOME } from "../docs/components/coursePages.js";
import { editionTerms } from "../docs/components/glossary/editionTerms.js";
import { PAGE_ORDER, TERMS } from "../docs/components/glossary/terms.js";

test("editionTerms keeps every term and field but the other language's definition", () => {
  for (const lang of ["en", "zh"] as const) {
    const terms = editionTerms(TERMS, lang);
    assert.deepEqual(
      terms.map((t) => t.id),
      TERMS.map((t) => t.id),
    );
    terms.forEach((t, i) => {
      const { def, ...rest } = TERMS[i];
      assert.deepEqual(t, { ...rest, def: def[lang] });
    });
  }
});

test("the glossary's parts are the sidebar's pages in its order", () => {
  const sidebar = [HOME, ...COURSE_PAGES].map((p) => p.path).filter((p) => p !== "glossary");
  assert.deepEqual([...PAGE_ORDER], sidebar);
});
