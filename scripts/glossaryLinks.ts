/**
 * The first use of each glossary term on a page links to the glossary, in both editions.
 * `glossaryLinks` finds, per term, its first occurrence in a page's prose — not in front matter, code,
 * `${…}` expressions, headings, raw HTML blocks (Markdown is not parsed there) or another link's text —
 * and reports (or, with `write`, makes) the terms whose first occurrence is not a link to
 * `./glossary#<id>`. Longer terms are placed first, so "triplet loss" is linked before "triplet".
 *
 *   node --import tsx scripts/glossaryLinks.ts          # lists the unlinked first uses, exits 1 if any
 *   node --import tsx scripts/glossaryLinks.ts --write  # links them
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { COURSE_PAGES, HOME } from "../docs/components/coursePages.js";
import { TERMS, type Term } from "../docs/components/glossary/terms.js";

export type Lang = "en" | "zh";

/**
 * Terms whose everyday word means something else on other pages, so the first use cannot be found
 * by matching: "positive" is an MTCNN training sample before it is a triplet's positive, "easy" is
 * rarely WIDER FACE's subset. Their pages link them by hand.
 */
const BY_HAND: ReadonlySet<string> = new Set(["triplet-anchor", "triplet-positive", "triplet-negative", "wider-face-subsets", "pair"]);

/** True when `acronym`'s letters are, in order, initials of `words` (the first one included). */
function abbreviates(acronym: string, words: string): boolean {
  const initials = words
    .split(/[\s-]+/)
    .map((w) => w.charAt(0).toLowerCase())
    .join("");
  const letters = acronym.toLowerCase().replace(/[^a-z]/g, "");
  if (letters[0] !== initials[0]) return false;
  let i = 0;
  for (const c of initials) if (c === letters[i]) i++;
  return i === letters.length;
}

/** The words a page writes for a term: the entry without its parenthetical parts (and the English acronym). */
export function forms(term: Term, lang: Lang): string[] {
  if (BY_HAND.has(term.id)) return [];
  const raw = term[lang];
  const main = raw
    .replace(/\s*[（(][^）)]*[）)]\s*/g, lang === "en" ? " " : "")
    .replace(/\s+/g, " ")
    .trim();
  const out = new Set<string>();
  for (const f of main.split(/\s*[/／、]\s*/)) if (f.length >= 2) out.add(f);
  if (lang === "en") {
    // "non-maximum suppression (NMS)": the parenthesis is also a form when it abbreviates the words
    // before it (its letters in order among their initials), not when it qualifies them ("cost C (SVM)").
    const m = /^(.*?)\s*\(([A-Z][A-Za-z0-9-]{1,6})\)/.exec(raw);
    if (m && abbreviates(m[2], m[1])) out.add(m[2]);
  }
  return [...out];
}

/** Character ranges of a page where a term may be linked: prose outside code, expressions, headings, HTML blocks and links. */
function proseMask(md: string, glossaryLinkText: boolean[]): boolean[] {
  const ok = new Array<boolean>(md.length).fill(true);
  const block = (from: number, to: number) => {
    for (let i = Math.max(0, from); i < Math.min(md.length, to); i++) ok[i] = false;
  };
  const fm = /^---\n[\s\S]*?\n---\n/.exec(md);
  if (fm) block(0, fm[0].length);
  // The references: paper titles are quoted as their authors wrote them.
  const refs = /^## (References|参考文献)\b/m.exec(md);
  if (refs) block(refs.index, md.length);
  for (const m of md.matchAll(/^```[\s\S]*?^```\s*$/gm)) block(m.index, m.index + m[0].length);
  for (const m of md.matchAll(/`[^`\n]*`/g)) block(m.index, m.index + m[0].length);
  for (const m of md.matchAll(/^#{1,6} .*$/gm)) block(m.index, m.index + m[0].length);
  // Raw HTML blocks: a chunk (between blank lines) that starts with a tag is not Markdown.
  for (const m of md.matchAll(/(^|\n\n)(<[^\n]*(?:\n(?!\n)[^\n]*)*)/g)) block(m.index + m[1].length, m.index + m[0].length);
  for (const m of md.matchAll(/<[^>\n]*>/g)) block(m.index, m.index + m[0].length);
  // ${…} expressions, braces balanced.
  for (let i = md.indexOf("${"); i >= 0; i = md.indexOf("${", i + 1)) {
    let depth = 0;
    let j = i + 1;
    for (; j < md.length; j++) {
      if (md[j] === "{") depth++;
      else if (md[j] === "}" && --depth === 0) break;
    }
    block(i, j + 1);
  }
  // Links: the target never; the text only when it is a glossary link (then it counts as linked).
  for (const m of md.matchAll(/\[([^\]\n]*)\]\(([^)\n]*)\)/g)) {
    const textStart = m.index + 1;
    const isGlossary = /(^|\/)glossary#/.test(m[2]);
    if (!isGlossary) block(m.index, m.index + m[0].length);
    else {
      block(m.index, m.index + m[0].length);
      for (let i = textStart; i < textStart + m[1].length; i++) glossaryLinkText[i] = true;
    }
  }
  return ok;
}

interface Occurrence {
  index: number;
  text: string;
}

function firstUse(md: string, ok: boolean[], term: Term, lang: Lang): Occurrence | null {
  let best: Occurrence | null = null;
  for (const f of forms(term, lang)) {
    const escaped = f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const re =
      lang === "en" ? new RegExp(`(?<![A-Za-z0-9-])${escaped}(?:s|es)?(?![A-Za-z0-9-])`, f === f.toUpperCase() ? "g" : "gi") : new RegExp(escaped, "g");
    for (const m of md.matchAll(re)) {
      let inProse = true;
      for (let i = m.index; i < m.index + m[0].length; i++) if (!ok[i]) inProse = false;
      if (!inProse) continue;
      if (!best || m.index < best.index) best = { index: m.index, text: m[0] };
      break;
    }
  }
  return best;
}

/** The terms whose first use on the page is not linked to the glossary; with `write`, the page with them linked. */
export function glossaryLinks(md: string, lang: Lang, { write = false, terms = TERMS } = {}): { missing: string[]; text: string } {
  const missing: string[] = [];
  const byLength = [...terms]
    .filter((t) => forms(t, lang).length > 0)
    .sort((a, b) => Math.max(...forms(b, lang).map((f) => f.length)) - Math.max(...forms(a, lang).map((f) => f.length)));
  let text = md;
  for (const term of byLength) {
    const linkText = new Array<boolean>(text.length).fill(false);
    const ok = proseMask(text, linkText);
    // A glossary link's text is prose for finding the first use; whether it is this term's link is checked below.
    const anywhere = ok.map((v, i) => v || linkText[i]);
    const use = firstUse(text, anywhere, term, lang);
    if (!use) continue;
    // Linked somewhere already (at its first use, or after it when the first use sits in another term's link).
    if (new RegExp(`\\]\\((?:\\.{1,2}/)*(?:[\\w-]+/)*glossary#${term.id}\\)`).test(text)) continue;
    if (linkText[use.index]) {
      // The first use sits in another term's glossary link ("triplet" in "triplet loss"): the next one counts.
      const next = firstUse(text, ok, term, lang);
      if (!next) continue;
      missing.push(term.id);
      if (write) text = `${text.slice(0, next.index)}[${next.text}](./glossary#${term.id})${text.slice(next.index + next.text.length)}`;
      continue;
    }
    missing.push(term.id);
    if (write) text = `${text.slice(0, use.index)}[${use.text}](./glossary#${term.id})${text.slice(use.index + use.text.length)}`;
  }
  return { missing, text };
}

/** The site's pages, per edition, the glossary itself aside. */
export function pageFiles(docs: string): { file: string; lang: Lang }[] {
  const names = [HOME, ...COURSE_PAGES].map((p) => p.path).filter((n) => n !== "glossary");
  return names.flatMap((n) => [
    { file: path.join(docs, `${n}.md`), lang: "en" as const },
    { file: path.join(docs, "zh", `${n}.md`), lang: "zh" as const },
  ]);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const write = process.argv.includes("--write");
  const docs = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../docs");
  let total = 0;
  for (const { file, lang } of pageFiles(docs)) {
    let md: string;
    try {
      md = readFileSync(file, "utf8");
    } catch {
      continue;
    }
    const { missing, text } = glossaryLinks(md, lang, { write });
    total += missing.length;
    if (missing.length) console.log(`${path.relative(docs, file)}: ${missing.length} ${write ? "linked" : "unlinked"}: ${missing.join(", ")}`);
    if (write && text !== md) writeFileSync(file, text);
  }
  if (!write && total) process.exitCode = 1;
}
