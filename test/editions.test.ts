/**
 * The two editions are one course: every page exists in English (docs/) and Chinese (docs/zh/), and
 * both run the same code — each page's ```js cells are identical, in order, so the logic lives in
 * components and only the prose is per language. The one difference allowed is where a relative path
 * starts ("./components/x.js" in docs/, "../components/x.js" in docs/zh/).
 */
import assert from "node:assert/strict";
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import config from "../observablehq.config.js";
import { ROOT } from "../harness/paths.js";

const DOCS = path.join(ROOT, "docs");

/** The pages the config knows, per edition ("index" for a home page). */
function configured(): { en: string[]; zh: string[] } {
  type Entry = { path?: string | null; pages?: Entry[] };
  const all = (entries: Entry[]): string[] => entries.flatMap((e) => [...(e.path ? [e.path] : []), ...(e.pages ? all(e.pages) : [])]);
  const paths = all(config.pages as Entry[]).map((p) => p.replace(/\/$/, "/index"));
  return {
    en: paths.filter((p) => !p.startsWith("/zh/")).map((p) => p.slice(1)),
    zh: paths.filter((p) => p.startsWith("/zh/")).map((p) => p.slice(4)),
  };
}

/** The ```js cells of a Markdown page, with relative paths written from the site's root. */
export function codeCells(markdown: string): string[] {
  const cells = [...markdown.matchAll(/^```js[^\n]*\n([\s\S]*?)^```\s*$/gm)].map((m) => m[1]);
  return cells.map((cell) => cell.replace(/(["'`])(?:\.\.?\/)+/g, "$1").trimEnd());
}

/** The front matter's keys and the page's title. */
function frontMatter(markdown: string): Record<string, string> {
  const block = /^---\n([\s\S]*?)\n---/.exec(markdown)?.[1] ?? "";
  return Object.fromEntries(
    block.split("\n").flatMap((line) => {
      const m = /^(\w+):\s*(.*)$/.exec(line);
      return m ? [[m[1], m[2]]] : [];
    }),
  );
}

describe("two editions, one course", () => {
  const pages = configured();

  test("the sidebar of each edition lists the same pages, the home pages included", () => {
    assert.ok(pages.en.length >= 12, `${pages.en.length} English pages`);
    assert.deepEqual(pages.zh, pages.en);
  });

  for (const page of pages.en) {
    test(`${page}: exists in both editions with identical code cells`, () => {
      const enFile = path.join(DOCS, `${page}.md`);
      const zhFile = path.join(DOCS, "zh", `${page}.md`);
      assert.ok(existsSync(enFile), `docs/${page}.md`);
      assert.ok(existsSync(zhFile), `docs/zh/${page}.md`);
      const en = readFileSync(enFile, "utf8");
      const zh = readFileSync(zhFile, "utf8");
      const [a, b] = [codeCells(en), codeCells(zh)];
      for (let i = 0; i < Math.max(a.length, b.length); i++) {
        assert.equal(b[i], a[i], `cell ${i + 1} of ${a.length} differs between docs/${page}.md and docs/zh/${page}.md`);
      }
      const [fa, fb] = [frontMatter(en), frontMatter(zh)];
      if (fa.title) assert.match(fb.title ?? "", /[\u4e00-\u9fff]|^"?facelab"?$/, "the Chinese page has a Chinese title");
      assert.equal(fb.toc === "false", fa.toc === "false", "both editions show (or hide) the table of contents");
      if (fb.toc !== "false")
        assert.match(fb.toc ?? "", /label:\s*\S*[\u4e00-\u9fff]/, "the Chinese table of contents has a Chinese label (Framework's default is Contents)");
    });
  }

  test("the cell comparison sees a changed cell and ignores only relative path prefixes", () => {
    const en = '```js\nimport {x} from "./components/x.js";\nconst d = FileAttachment("_data/a.json");\n```\n';
    const zh = '```js\nimport {x} from "../components/x.js";\nconst d = FileAttachment("../_data/a.json");\n```\n';
    assert.deepEqual(codeCells(zh), codeCells(en));
    assert.notDeepEqual(codeCells(zh.replace("a.json", "b.json")), codeCells(en));
    assert.notDeepEqual(codeCells(zh.replace("const d", "const e")), codeCells(en));
  });
});
