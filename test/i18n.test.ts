/**
 * The language plumbing every page relies on: which edition an address belongs to (with the site under
 * any sub-path), which edition a browser prefers, the switch link the header carries (relative, so a
 * sub-path works; the home pages marked for the first-visit choice) and the two message tables having
 * the same shape.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import config from "../observablehq.config.js";
import { browserLang, langOfPath } from "../docs/components/i18n.js";
import { en } from "../docs/components/messages/en/index.js";
import { PROBLEM_TEXT } from "../src/image/imageBytes.js";
import { zh } from "../docs/components/messages/zh/index.js";

describe("editions", () => {
  test("an address's edition: a zh segment anywhere in the path", () => {
    assert.equal(langOfPath("/"), "en");
    assert.equal(langOfPath("/mtcnn"), "en");
    assert.equal(langOfPath("/zh/"), "zh");
    assert.equal(langOfPath("/zh/mtcnn"), "zh");
    assert.equal(langOfPath("/course/facelab/zh/lfw.html"), "zh");
    assert.equal(langOfPath("/course/facelab/lfw"), "en");
    assert.equal(langOfPath("/zhang/mtcnn"), "en", "a segment that only starts with zh is not the edition");
  });

  test("the browser's edition: its first language", () => {
    assert.equal(browserLang(["zh-CN", "en"]), "zh");
    assert.equal(browserLang(["zh-TW"]), "zh");
    assert.equal(browserLang(["zh"]), "zh");
    assert.equal(browserLang(["en-US", "zh-CN"]), "en");
    assert.equal(browserLang([]), "en");
  });

  test("the header's switch: the same page in the other edition, relative to this one", () => {
    const header = config.header as (o: { path: string }) => string;
    assert.match(header({ path: "/mtcnn" }), /<a class="lang-switch" href="\.\/zh\/mtcnn" hreflang="zh-CN" lang="zh-CN">中文<\/a>/);
    assert.match(header({ path: "/zh/mtcnn" }), /<a class="lang-switch" href="\.\.\/mtcnn" hreflang="en" lang="en">English<\/a>/);
    assert.match(header({ path: "/index" }), /href="\.\/zh\/" [^>]*data-home/);
    assert.match(header({ path: "/zh/index" }), /href="\.\.\/" [^>]*data-home/);
    assert.doesNotMatch(header({ path: "/lfw" }), /data-home/);
    const footer = config.footer as (o: { path: string }) => string;
    assert.match(footer({ path: "/zh/lfw" }), /浏览器/);
    assert.doesNotMatch(footer({ path: "/lfw" }), /[\u4e00-\u9fff]/);
  });

  test("the English pages name a file's problem in the command line's words", () => {
    assert.deepEqual(en.common.problem, PROBLEM_TEXT);
  });

  test("the message tables have the same keys, and every Chinese text is written (not copied English)", () => {
    const untranslated: string[] = [];
    const walk = (a: unknown, b: unknown, at: string) => {
      assert.equal(typeof b, typeof a, `${at}: ${typeof a} in English, ${typeof b} in Chinese`);
      if (a && typeof a === "object") {
        assert.deepEqual(Object.keys(b as object).sort(), Object.keys(a).sort(), `${at}: keys`);
        for (const k of Object.keys(a)) walk((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}.${k}`);
      } else if (typeof a === "string" && a === b && /[a-z]{3,} [a-z]{3,}/i.test(a)) untranslated.push(at);
    };
    walk(en, zh, "msg");
    assert.deepEqual(untranslated, [], "English sentences left in the Chinese table");
  });
});

describe("Chinese prose in Markdown", () => {
  test("a line break between Chinese characters is dropped; between Latin words it stays a break", async () => {
    const { default: MarkdownIt } = await import("markdown-it");
    const md = (config as unknown as { markdownIt: (m: unknown) => { render: (s: string) => string } }).markdownIt(new MarkdownIt());
    assert.equal(md.render("图像金字塔把\n图片缩放。"), "<p>图像金字塔把图片缩放。</p>\n");
    assert.equal(md.render("the image\npyramid"), "<p>the image\npyramid</p>\n");
    assert.equal(md.render("检测 MTCNN\n的结果"), "<p>检测 MTCNN\n的结果</p>\n", "Latin on one side: the space is right");
    assert.equal(md.render("**非极大值抑制**\n去掉重叠框"), "<p><strong>非极大值抑制</strong>去掉重叠框</p>\n", "through emphasis");
  });
});
