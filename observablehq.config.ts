import { existsSync } from "node:fs";
import { COURSE_PAGES, HOME } from "./docs/components/coursePages.js";

// The course site. Everything is self-hosted: no `npm:` imports, no implicit libraries, no web font
// (globalStylesheets: []), an inline favicon, so the built site makes no request outside its origin.
const favicon =
  "data:image/svg+xml," +
  encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#4269d0"/><rect x="8" y="7" width="16" height="18" rx="3" fill="none" stroke="#fff" stroke-width="2.5"/><circle cx="13" cy="14" r="1.6" fill="#fff"/><circle cx="19" cy="14" r="1.6" fill="#fff"/></svg>`,
  );

type Edition = "en" | "zh";
const PREFIX: Record<Edition, string> = { en: "/", zh: "/zh/" };

/**
 * An edition's sidebar entries: the pages whose file exists, so a page being written can be built
 * before its translation; test/editions.test.ts fails unless every page exists in both editions.
 */
function entries(ed: Edition) {
  return COURSE_PAGES.filter((p) => existsSync(new URL(`./docs${PREFIX[ed]}${p.path}.md`, import.meta.url))).map((p) => ({
    name: p[ed],
    path: `${PREFIX[ed]}${p.path}`,
  }));
}
const edition = (path: string): Edition => (/^\/zh(\/|$)/.test(path) ? "zh" : "en");

/**
 * The language switch: the same page in the other edition, as a link relative to this page (so a
 * site served under a sub-path works). docs/components/i18n.ts adds the page's state when it is used.
 */
function languageSwitch(path: string): string {
  const name = path.replace(/^\/(zh\/)?/, "").replace(/(^|\/)index$/, "");
  const zh = edition(path) === "zh";
  const href = zh ? `../${name}` : `./zh/${name}`;
  const home = name === "" ? " data-home" : "";
  const current = zh
    ? `<a class="lang-switch" href="${href}" hreflang="en" lang="en"${home}>English</a> <span aria-current="true" lang="zh-CN">中文</span>`
    : `<span aria-current="true" lang="en">English</span> <a class="lang-switch" href="${href}" hreflang="zh-CN" lang="zh-CN"${home}>中文</a>`;
  // data-page names the page for docs/components/i18n.ts (which loads that page's messages), whatever the site's base path.
  return `<nav class="edition-switch" aria-label="${zh ? "语言" : "Language"}" data-page="${name || "index"}">${current}</nav>`;
}

/** The last visible character of the text before token `i`, and the first after it. */
type Token = { type: string; content: string };
const CJK = /[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]/;
function neighbours(tokens: Token[], i: number): [string, string] {
  let before = "";
  for (let j = i - 1; j >= 0 && !before; j--) if (tokens[j].type === "text" || tokens[j].type === "code_inline") before = tokens[j].content.slice(-1);
  let after = "";
  for (let j = i + 1; j < tokens.length && !after; j++) if (tokens[j].type === "text" || tokens[j].type === "code_inline") after = tokens[j].content.charAt(0);
  return [before, after];
}

/**
 * A line break inside a Chinese paragraph is not a space: browsers render a source newline between
 * two CJK characters as one (CSS's segment-break rules are not implemented), so prose wrapped in the
 * Markdown would show stray gaps. The break is dropped when the characters on both sides are CJK.
 */
// biome-ignore lint/suspicious/noExplicitAny: markdown-it's renderer types are not a dependency of the config
function cjkSoftbreaks(md: any): any {
  const base = md.renderer.rules.softbreak;
  md.renderer.rules.softbreak = (tokens: Token[], i: number, ...rest: unknown[]) => {
    const out = base(tokens, i, ...rest); // Framework's renderer counts source lines here: always call it
    const [before, after] = neighbours(tokens, i);
    return CJK.test(before) && CJK.test(after) ? "" : out;
  };
  return md;
}

const FOOTER: Record<Edition, string> = {
  en: "facelab — learn face detection and recognition by running it. Your photos stay in your browser: nothing you choose, upload or film is sent anywhere.",
  zh: "facelab——通过亲手运行来学习人脸检测与识别。你的照片只留在你的浏览器中：你选择、上传或拍摄的任何内容都不会被发送到别处。",
};

export default {
  root: "docs",
  title: "facelab",
  theme: ["air", "near-midnight"],
  globalStylesheets: [],
  style: "style.css",
  head: `<link rel="icon" href="${favicon}">`,
  // One sidebar per edition: two sections, each opening with its home page; style.css shows only the
  // section holding the current page. The pager stays within an edition.
  pages: [
    { name: "facelab", collapsible: false, pager: "en", pages: [{ name: HOME.en, path: "/" }, ...entries("en")] },
    ...(existsSync(new URL("./docs/zh/index.md", import.meta.url))
      ? [{ name: "facelab 中文版", collapsible: false, pager: "zh", pages: [{ name: HOME.zh, path: "/zh/" }, ...entries("zh")] }]
      : []),
  ],
  header: ({ path }: { path: string }) => languageSwitch(path),
  markdownIt: cjkSoftbreaks,
  footer: ({ path }: { path: string }) => FOOTER[edition(path)],
  search: false,
};
