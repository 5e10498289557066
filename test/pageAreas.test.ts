/**
 * Each page loads only the message areas it uses (docs/components/pageAreas.ts): the map against what
 * every page's code actually reads (its imports walked from the page's Markdown, `msg.<area>`
 * collected), the header naming the page, and the table failing loudly on an area its page did not load.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import config from "../observablehq.config.js";
import { COURSE_PAGES, HOME } from "../docs/components/coursePages.js";
import { loadMessages } from "../docs/components/i18n.js";
import { AREAS, areasOfPage, PAGE_AREAS } from "../docs/components/pageAreas.js";
import { en } from "../docs/components/messages/en/index.js";

const DOCS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../docs");

/** A relative import's file (`.js` in the source may be a `.ts` file), or null for a package. */
function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith(".")) return null;
  const file = path.resolve(path.dirname(from), spec);
  return [file, file.replace(/\.js$/, ".ts")].find((f) => existsSync(f) && !f.endsWith(".md")) ?? null;
}

/** The areas a page's code reads: `msg.<area>` in the page and every local module it imports, statically or not. */
function areasRead(page: string): string[] {
  const seen = new Set<string>();
  const found = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || file.includes(`${path.sep}messages${path.sep}`)) return;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/\bmsg\.([A-Za-z]+)/g)) found.add(m[1]);
    for (const m of text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["']([^"']+)["']/g)) {
      const next = resolveImport(file, m[1]);
      if (next) visit(next);
    }
  };
  visit(path.join(DOCS, `${page}.md`));
  return [...found].sort();
}

describe("message areas per page", () => {
  test("common and the page's areas; every area for a page the map does not know, or none", () => {
    assert.deepEqual(areasOfPage("glossary"), ["common", "glossary"]);
    assert.deepEqual(areasOfPage("index"), ["common"]);
    assert.deepEqual(areasOfPage("no-such-page"), AREAS);
    assert.deepEqual(areasOfPage(null), AREAS);
    assert.deepEqual([...AREAS].sort(), Object.keys(en).sort(), "AREAS lists the table's areas");
  });

  test("the header names each page for i18n.ts, whatever the site's base path", () => {
    const header = config.header as (o: { path: string }) => string;
    assert.match(header({ path: "/from-facenet" }), /data-page="from-facenet"/);
    assert.match(header({ path: "/zh/from-facenet" }), /data-page="from-facenet"/);
    assert.match(header({ path: "/index" }), /data-page="index"/);
    assert.match(header({ path: "/zh/index" }), /data-page="index"/);
  });

  test("every page (both editions) gets exactly the areas its code reads", () => {
    for (const { path: page } of [HOME, ...COURSE_PAGES]) {
      const wanted = ["common", ...PAGE_AREAS[page]].sort();
      assert.deepEqual(areasRead(page), wanted, `docs/${page}.md`);
      assert.deepEqual(areasRead(`zh/${page}`), wanted, `docs/zh/${page}.md`);
    }
  });

  test("reading an area the page did not load throws, naming it", async () => {
    const msg = await loadMessages("zh", ["common", "glossary"]);
    assert.equal(msg.glossary.chinese, "中文");
    assert.throws(() => msg.mtcnn, /msg\.mtcnn.*"mtcnn"/);
  });
});
