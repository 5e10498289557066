/**
 * English UI text on a Chinese page: the texts of the English message table that differ from the
 * Chinese one, looked for in what the page's cells display (their outputs and accessible names, not the
 * prose, which is written per language). Names, units, code and glossary terms are not UI strings: a
 * text the Chinese table also writes (a unit, "MTCNN", "p(face) ="), a lone lower-case word (notation, a
 * file name, a data key), anything inside code/KaTeX or marked with another `lang`, and the glossary's
 * English terms are left out.
 */
import type { Page } from "playwright-core";
import type { Messages } from "../docs/components/messages/en/index.js";

const MARK = "\u0001";

/** The literal pieces of a message: a string itself, a function's text around its arguments. */
function pieces(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (typeof value === "function") {
    const fn = value as (...args: unknown[]) => unknown;
    try {
      const out = fn(...Array.from({ length: Math.max(fn.length, 1) }, () => MARK));
      return typeof out === "string" ? out.split(MARK) : [];
    } catch {
      return []; // a message that computes with its arguments (toFixed…) keeps only what it says elsewhere
    }
  }
  return [];
}

/** English texts worth looking for: those the Chinese table does not also use, with a real word in them. */
export function englishTexts(en: Messages, zh: Messages, ignore: Iterable<string> = []): string[] {
  const out = new Set<string>();
  const zhPieces = new Set<string>();
  const walk = (a: unknown, b: unknown) => {
    if (a && typeof a === "object") {
      for (const key of Object.keys(a)) walk((a as Record<string, unknown>)[key], (b as Record<string, unknown> | undefined)?.[key]);
      return;
    }
    for (const p of pieces(b)) zhPieces.add(p.trim());
    for (const p of pieces(a)) out.add(p.trim().replace(/^[\s:;,.·—–()[\]-]+|[\s:;,.·—–()[\]-]+$/g, ""));
  };
  walk(en, zh);
  const skip = new Set([...ignore].map((s) => s.toLowerCase()));
  // A single lower-case word ("face", "fold", "flip") is as often notation, a file name or a data key as
  // UI text; UI words are capitalised ("Start", "Pause") or come in phrases.
  // Notation such as p(face) is mathematics, not English: it is read without its f(x) parts.
  const notation = (t: string) => t.replace(/\b\w\([^)]*\)/g, "");
  const wordy = (t: string) => /\s/.test(t) || /^[A-Z][a-z]{3,}$/.test(t);
  // Text the Chinese table writes too, inside its own sentences (names, notation: "p(face) =", "Chinese whispers"), is not English UI.
  const zhText = [...zhPieces].join("\n");
  return [...out].filter(
    (t) => t.length >= 4 && /[A-Za-z]{3}/.test(notation(t)) && wordy(t) && !zhText.includes(t) && !skip.has(t.toLowerCase()) && !/^[A-Z0-9-]+$/.test(t),
  );
}

/** What the page's cells display, as text blocks (code, formulas and other-language parts left out). */
export async function cellTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const blocks: string[] = [];
    for (const cell of document.querySelectorAll<HTMLElement>("#observablehq-main .observablehq")) {
      const copy = cell.cloneNode(true) as HTMLElement;
      for (const el of copy.querySelectorAll("code, pre, kbd, .katex, script, style, [lang]:not([lang^='zh'])")) el.remove();
      // Labels a screen reader speaks and a sighted reader sees on hover count as UI text too.
      const labels = [...cell.querySelectorAll("[aria-label], [title]")].map(
        (el) => `${el.getAttribute("aria-label") ?? ""} ${el.getAttribute("title") ?? ""}`,
      );
      blocks.push(`${copy.textContent ?? ""} ${labels.join(" ")}`);
    }
    return blocks;
  });
}

/** The English texts found in `blocks`, each with a little context: empty when the page is all Chinese. */
export function leaks(blocks: readonly string[], texts: readonly string[]): string[] {
  const found: string[] = [];
  for (const t of texts) {
    const re = new RegExp(`(^|[^A-Za-z])${t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}([^A-Za-z]|$)`);
    for (const block of blocks) {
      const m = re.exec(block);
      if (m) {
        found.push(
          `"${t}" in "…${block
            .slice(Math.max(0, m.index - 30), m.index + t.length + 30)
            .replace(/\s+/g, " ")
            .trim()}…"`,
        );
        break;
      }
    }
  }
  return found;
}
