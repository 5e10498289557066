// The glossary as one edition shows it: every term's id, page, English and Chinese names and the
// report's words, but the definition only in the edition's language. The site ships one such list per
// edition (docs/_data/glossary/*.json.ts, built from terms.ts, the one source of the terms), so a
// reader downloads the definitions of one language, not both.
import type { GlossaryPage, Term } from "./terms.js";

export type GlossaryLang = "en" | "zh";

/** A term with its definition in one language. */
export interface EditionTerm extends Omit<Term, "def"> {
  def: string;
  page: GlossaryPage;
}

/** `terms` with each definition in `lang` only, in the same order. */
export function editionTerms(terms: readonly Term[], lang: GlossaryLang): EditionTerm[] {
  return terms.map(({ def, ...term }) => ({ ...term, def: def[lang] }));
}
