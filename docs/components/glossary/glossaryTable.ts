// The glossary as one table per course part: English | 中文 | the course report's word | definition.
// Each row's id is the term's id, so a page links its first use of a term to glossary#<id>; the row the
// address targets is highlighted by CSS (:target, in glossary.css). Header texts follow the page language
// (kept here until the site has a shared message table).
import { PAGE_ORDER, TERMS, type GlossaryPage, type Term } from "./terms.js";

export type GlossaryLang = "en" | "zh";

const HEADERS = {
  en: {
    english: "English",
    chinese: "中文",
    report: "Course report’s word",
    definition: "Definition",
    none: "—",
    jump: "Course parts",
    terms: (n: number) => `${n} terms`,
  },
  zh: {
    english: "English",
    chinese: "中文",
    report: "课程报告中的用词",
    definition: "释义",
    none: "—",
    jump: "课程各部分",
    terms: (n: number) => `${n} 个术语`,
  },
} as const;

/** Each course part's title in both languages (the sidebar's names). */
const PARTS: Record<GlossaryPage, { en: string; zh: string; href: string }> = {
  index: { en: "Home: how the course works", zh: "首页：课程怎么读", href: "./" },
  mtcnn: { en: "1 · MTCNN: detection and alignment", zh: "1 · MTCNN：人脸检测与对齐", href: "./mtcnn" },
  facenet: { en: "2 · FaceNet: embeddings and the triplet loss", zh: "2 · FaceNet：嵌入与三元组损失", href: "./facenet" },
  compare: { en: "2½ · Compare two photos", zh: "2½ · 比较两张照片", href: "./compare" },
  lfw: { en: "3 · LFW: verification, reproduced", zh: "3 · LFW：复现人脸验证", href: "./lfw" },
  clusters: { en: "3½ · Clusters: exploring the embedding space", zh: "3½ · 聚类：探索嵌入空间", href: "./clusters" },
  database: { en: "4 · Your face database: enrol, train, predict", zh: "4 · 你的人脸库：注册、训练、预测", href: "./database" },
  webcam: { en: "4½ · Webcam: real-time recognition", zh: "4½ · 摄像头：实时识别", href: "./webcam" },
  "from-facenet": { en: "From facenet’s scripts to this site", zh: "从 facenet 的脚本到本网站", href: "./from-facenet" },
  srn: { en: "5 · SRN: selective refinement for small faces", zh: "5 · SRN：面向小人脸的选择性精炼", href: "./srn" },
  performance: { en: "Performance", zh: "性能", href: "./performance" },
};

/** The glossary in the page's language: a list of the course parts, then a heading and a table per part. */
export function glossaryTable(lang: GlossaryLang): HTMLElement {
  const root = Object.assign(document.createElement("div"), { className: "glossary", lang: lang === "zh" ? "zh-CN" : "en" });
  const parts = PAGE_ORDER.filter((page) => TERMS.some((t) => t.page === page));
  root.append(partNav(parts, lang));
  for (const page of parts)
    root.append(
      ...partSection(
        page,
        TERMS.filter((t) => t.page === page),
        lang,
      ),
    );
  revealTarget(root);
  return root;
}

function partNav(parts: readonly GlossaryPage[], lang: GlossaryLang): HTMLElement {
  const nav = document.createElement("nav");
  nav.className = "glossary-parts";
  nav.setAttribute("aria-label", HEADERS[lang].jump);
  const list = document.createElement("ul");
  for (const page of parts) {
    const item = document.createElement("li");
    item.append(Object.assign(document.createElement("a"), { href: `#part-${page}`, textContent: PARTS[page][lang] }));
    list.append(item);
  }
  nav.append(list);
  return nav;
}

function partSection(page: GlossaryPage, terms: readonly Term[], lang: GlossaryLang): [HTMLElement, HTMLTableElement] {
  const h = HEADERS[lang];
  const heading = Object.assign(document.createElement("h2"), { id: `part-${page}` });
  heading.append(Object.assign(document.createElement("a"), { href: PARTS[page].href, textContent: PARTS[page][lang] }));
  const table = Object.assign(document.createElement("table"), { className: "glossary-table" });
  table.createCaption().textContent = h.terms(terms.length);
  const head = table.createTHead().insertRow();
  for (const text of [h.english, h.chinese, h.report, h.definition]) {
    head.append(Object.assign(document.createElement("th"), { scope: "col", textContent: text }));
  }
  const body = table.createTBody();
  for (const term of terms) body.append(termRow(term, lang));
  return [heading, table];
}

/** One term; the cell in the page's language is the row header, cells in the other language carry their `lang`. */
function termRow(term: Term, lang: GlossaryLang): HTMLTableRowElement {
  const row = Object.assign(document.createElement("tr"), { id: term.id });
  const cell = (text: string, cellLang: GlossaryLang, header: boolean, className: string) => {
    const c = document.createElement(header ? "th" : "td");
    if (header) c.setAttribute("scope", "row");
    c.className = className;
    c.textContent = text;
    if (cellLang !== lang) c.lang = cellLang === "zh" ? "zh-CN" : "en";
    return c;
  };
  const report = term.report?.length ? term.report.join("、") : HEADERS[lang].none;
  row.append(
    cell(term.en, "en", lang === "en", "glossary-en"),
    cell(term.zh, "zh", lang === "zh", "glossary-zh"),
    cell(report, "zh", false, "glossary-report"),
    cell(term.def[lang], lang, false, "glossary-def"),
  );
  return row;
}

/**
 * The rows are built after the page has loaded, so the browser found no element for the address's
 * #id when it arrived; navigating to the same fragment again, once the rows are in the document, makes
 * the row the :target (highlighted) and scrolls it into view.
 */
function revealTarget(root: HTMLElement): void {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id) return;
  const attempt = (tries: number) => {
    if (root.isConnected) {
      if (root.querySelector(`[id="${CSS.escape(id)}"]`) && document.querySelector(":target") === null) location.replace(`#${id}`);
    } else if (tries > 0) requestAnimationFrame(() => attempt(tries - 1));
  };
  requestAnimationFrame(() => attempt(120));
}
