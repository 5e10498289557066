/**
 * The course's two editions for the browser tests: a test that walks a page runs once per edition,
 * with the browser's language set to the edition's (so no first-visit offer appears) and the page's
 * message table, from which it builds the texts and patterns it looks for.
 */
import { en, type Messages } from "../docs/components/messages/en/index.js";
import { zh } from "../docs/components/messages/zh/index.js";

export interface Edition {
  lang: "en" | "zh";
  /** Prefix of the edition's routes: "" (English, the site's root) or "zh/". */
  prefix: string;
  /** The browser's language for a visitor of this edition. */
  locale: string;
  /** Expected `<html lang>`. */
  htmlLang: string;
  msg: Messages;
}

export const EDITIONS: readonly Edition[] = [
  { lang: "en", prefix: "", locale: "en-US", htmlLang: "en", msg: en },
  { lang: "zh", prefix: "zh/", locale: "zh-CN", htmlLang: "zh-CN", msg: zh },
];

/** A RegExp matching `text` literally. */
export const literal = (text: string): RegExp => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
