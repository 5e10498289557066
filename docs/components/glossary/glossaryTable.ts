// The glossary as one table per course part: English | 中文 | the course report's word | definition.
// Each row's id is the term's id, so a page links its first use of a term to glossary#<id>; the row the
// address targets is highlighted by CSS (:target, in glossary.css). Header texts follow the page language
// (msg.glossary); the terms come with their definitions in that language only (glossaryTerms.ts).
import { COURSE_PAGES, HOME } from "../coursePages.js";
import { lang, msg } from "../i18n.js";
import type { EditionTerm, GlossaryLang } from "./editionTerms.js";
import type { GlossaryPage } from "./terms.js";

/** The course parts in reading order: the sidebar's, as terms.ts's PAGE_ORDER (test/editionTerms.test.ts). */
const PARTS = [HOME, ...COURSE_PAGES].map((p) => p.path);

/** Each course part's title (the sidebar's name) and its page, relative to the glossary. */
function part(page: GlossaryPage): { title: string; href: string } {
  const p = page === "index" ? HOME : COURSE_PAGES.find((c) => c.path === page);
  return { title: p ? p[lang] : page, href: page === "index" ? "./" : `./${page}` };
}

/** The glossary in the page's language: a list of the course parts, then a heading and a table per part. */
export function glossaryTable(terms: readonly EditionTerm[]): HTMLElement {
  const root = Object.assign(document.createElement("div"), { className: "glossary", lang: lang === "zh" ? "zh-CN" : "en" });
  const parts = PARTS.filter((page): page is GlossaryPage => terms.some((t) => t.page === page));
  root.append(partNav(parts));
  for (const page of parts)
    root.append(
      ...partSection(
        page,
        terms.filter((t) => t.page === page),
      ),
    );
  revealTarget(root);
  return root;
}

function partNav(parts: readonly GlossaryPage[]): HTMLElement {
  const nav = document.createElement("nav");
  nav.className = "glossary-parts";
  nav.setAttribute("aria-label", msg.glossary.jump);
  const list = document.createElement("ul");
  for (const page of parts) {
    const item = document.createElement("li");
    item.append(Object.assign(document.createElement("a"), { href: `#part-${page}`, textContent: part(page).title }));
    list.append(item);
  }
  nav.append(list);
  return nav;
}

function partSection(page: GlossaryPage, terms: readonly EditionTerm[]): [HTMLElement, HTMLTableElement] {
  const h = msg.glossary;
  const heading = Object.assign(document.createElement("h2"), { id: `part-${page}` });
  heading.append(Object.assign(document.createElement("a"), { href: part(page).href, textContent: part(page).title }));
  const table = Object.assign(document.createElement("table"), { className: "glossary-table" });
  table.createCaption().textContent = h.terms(terms.length);
  const head = table.createTHead().insertRow();
  for (const text of [h.english, h.chinese, h.report, h.definition]) {
    head.append(Object.assign(document.createElement("th"), { scope: "col", textContent: text }));
  }
  const body = table.createTBody();
  for (const term of terms) body.append(termRow(term));
  return [heading, table];
}

/** One term; the cell in the page's language is the row header, cells in the other language carry their `lang`. */
function termRow(term: EditionTerm): HTMLTableRowElement {
  const row = Object.assign(document.createElement("tr"), { id: term.id });
  const cell = (text: string, cellLang: GlossaryLang, header: boolean, className: string) => {
    const c = document.createElement(header ? "th" : "td");
    if (header) c.setAttribute("scope", "row");
    c.className = className;
    c.textContent = text;
    if (cellLang !== lang) c.lang = cellLang === "zh" ? "zh-CN" : "en";
    return c;
  };
  const report = term.report?.length ? term.report.join("、") : msg.glossary.none;
  const reportCell = cell(report, "zh", false, "glossary-report");
  // The report also wrote some terms in English ("hard neg"): those words are marked as English.
  if (term.report?.some((w) => /^[\x20-\x7e]+$/.test(w))) {
    reportCell.replaceChildren(
      ...term.report.flatMap((w, i) => [
        ...(i ? ["、"] : []),
        /^[\x20-\x7e]+$/.test(w) ? Object.assign(document.createElement("span"), { lang: "en", textContent: w }) : w,
      ]),
    );
  }
  row.append(
    cell(term.en, "en", lang === "en", "glossary-en"),
    cell(term.zh, "zh", lang === "zh", "glossary-zh"),
    reportCell,
    cell(term.def, lang, false, "glossary-def"),
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
