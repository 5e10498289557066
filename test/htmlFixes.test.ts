/** The post-build HTML fixes (scripts/htmlFixes.ts): page language and the sidebar's list markup. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { langFor, sidebarListFixed, withLang } from "../scripts/htmlFixes.js";

describe("post-build HTML fixes", () => {
  test("every page gets a language, the Chinese edition zh-CN, and applying twice changes nothing", () => {
    assert.equal(withLang("<!DOCTYPE html><html><head></head></html>", "en"), '<!DOCTYPE html><html lang="en"><head></head></html>');
    assert.equal(withLang('<html class="x" lang="fr">', "en"), '<html class="x" lang="en">');
    assert.equal(withLang(withLang("<html>", "zh-CN"), "zh-CN"), '<html lang="zh-CN">');
    assert.equal(langFor("mtcnn.html"), "en");
    assert.equal(langFor("zh/mtcnn.html"), "zh-CN");
    assert.equal(langFor("zh.html"), "zh-CN");
    assert.equal(langFor("zhang.html"), "en");
  });

  test("the sidebar's close label leaves the list, which then holds only list items", () => {
    const nav = `<nav id="observablehq-sidebar">\n  <ol>\n    <label id="observablehq-sidebar-close" for="observablehq-sidebar-toggle"></label>\n    <li class="observablehq-link"><a href="./">facelab</a></li>\n  </ol>`;
    const fixed = sidebarListFixed(nav);
    assert.match(fixed, /<label id="observablehq-sidebar-close" for="observablehq-sidebar-toggle"><\/label>\s*<ol>\s*<li/);
    assert.equal(sidebarListFixed(fixed), fixed);
  });
});
