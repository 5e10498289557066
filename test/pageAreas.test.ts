/**
 * Each page loads only the message areas it uses (docs/components/pageAreas.ts): the address → page
 * mapping, the map against what every page's code actually reads (its imports walked from the page's
 * Markdown, `msg.<area>` collected), and the table failing loudly on an area its page did not load.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { COURSE_PAGES, HOME } from "../docs/components/coursePages.js";
import { loadMessages } from "../docs/components/i18n.js";
import { AREAS, areasOfPath, PAGE_AREAS, pageOfPath } from "../docs/components/pageAreas.js";
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
  test("an address's page: its last segment, without .html; an edition's root is the home page", () => {
    assert.equal(pageOfPath("/mtcnn"), "mtcnn");
    assert.equal(pageOfPath("/zh/mtcnn"), "mtcnn");
    assert.equal(pageOfPath("/course/facelab/zh/from-facenet.html"), "from-facenet");
    assert.equal(pageOfPath("/"), "index");
    assert.equal(pageOfPath("/zh/"), "index");
    assert.equal(pageOfPath("/index.html"), "index");
    assert.equal(pageOfPath("/no-such-page"), null);
  });

  test("common and the page's areas; every area for an unknown page or outside a browser", () => {
    assert.deepEqual(areasOfPath("/zh/glossary"), ["common", "glossary"]);
    assert.deepEqual(areasOfPath("/no-such-page"), AREAS);
    assert.deepEqual(areasOfPath(null), AREAS);
    assert.deepEqual([...AREAS].sort(), Object.keys(en).sort(), "AREAS lists the table's areas");
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
