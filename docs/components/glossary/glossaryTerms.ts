// The glossary's terms for this page's edition, from the two lists the page attaches (one per
// language, see editionTerms.ts): only the edition's list is downloaded.
import { lang } from "../i18n.js";
import type { EditionTerm, GlossaryLang } from "./editionTerms.js";

/** A file the page attached (Framework's FileAttachment), of which only `json()` is used. */
interface JsonFile {
  json(): Promise<unknown>;
}

export async function glossaryTerms(files: Record<GlossaryLang, JsonFile>): Promise<EditionTerm[]> {
  return (await files[lang].json()) as EditionTerm[];
}
