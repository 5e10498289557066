/**
 * Every page, in both editions, links the first use of each glossary term to the glossary
 * (scripts/glossaryLinks.ts; `--write` adds what is missing). The finder itself: prose only, longest
 * term first, one link per term, and it reports a page that lacks one.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { ROOT } from "../harness/paths.js";
import { glossaryLinks, pageFiles } from "../scripts/glossaryLinks.js";
import { TERMS as GLOSSARY, type Term } from "../docs/components/glossary/terms.js";

const term = (id: string, en: string, zh: string): Term => ({ id, en, zh, def: { en: "", zh: "" }, page: "facenet" });
const TERMS = [
  term("triplet", "triplet", "三元组"),
  term("triplet-loss", "triplet loss", "三元组损失"),
  term("nms", "non-maximum suppression (NMS)", "非极大值抑制"),
];

describe("glossary links", () => {
  test("the first use in prose is linked, longest term first; code, headings, HTML blocks and other links are not prose", () => {
    const md = [
      "---",
      "title: triplet loss",
      "---",
      "",
      "# The triplet loss",
      "",
      "```js",
      "const tripletLoss = 1; // triplet loss",
      "```",
      "",
      '<div class="x">triplet loss in raw HTML</div>',
      "",
      "See [the triplet loss paper](https://arxiv.org) and `triplet loss`. The Triplet loss pulls; each triplet has",
      "three faces. NMS and non-maximum suppression.",
    ].join("\n");
    const { missing, text } = glossaryLinks(md, "en", { write: true, terms: TERMS });
    assert.deepEqual(missing.sort(), ["nms", "triplet", "triplet-loss"]);
    assert.match(text, /The \[Triplet loss\]\(\.\/glossary#triplet-loss\) pulls; each \[triplet\]\(\.\/glossary#triplet\) has/);
    assert.match(text, /\[NMS\]\(\.\/glossary#nms\) and non-maximum suppression\./);
    assert.match(text, /^# The triplet loss$/m);
    assert.match(text, /const tripletLoss = 1; \/\/ triplet loss/);
    assert.deepEqual(glossaryLinks(text, "en", { terms: TERMS }).missing, [], "once linked, nothing is missing");
  });

  test("Chinese: substring matches, a term inside a longer term's link is linked at its next use", () => {
    const md = "三元组损失（triplet loss）的每个三元组由三张人脸组成。";
    const { text } = glossaryLinks(md, "zh", { write: true, terms: TERMS });
    assert.equal(text, "[三元组损失](./glossary#triplet-loss)（triplet loss）的每个[三元组](./glossary#triplet)由三张人脸组成。");
  });

  const ids = new Set(GLOSSARY.map((t) => t.id));
  for (const { file, lang } of pageFiles(path.join(ROOT, "docs"))) {
    test(`${path.relative(ROOT, file)}: every glossary term's first use is linked, and every glossary link names a term`, () => {
      const md = readFileSync(file, "utf8");
      assert.deepEqual(glossaryLinks(md, lang).missing, [], "run: node --import tsx scripts/glossaryLinks.ts --write");
      // The build cannot check these anchors (the glossary draws its rows in the browser): a typo is caught here.
      const unknown = [...md.matchAll(/glossary#([\w-]+)/g)].map((m) => m[1]).filter((id) => !ids.has(id));
      assert.deepEqual(unknown, [], "links to glossary ids that are no term");
    });
  }
});
