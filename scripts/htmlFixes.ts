/**
 * Fixes to the HTML Observable Framework writes, applied after the build (scripts/postBuild.ts):
 * WCAG asks for a page language and for lists that hold only list items, and Framework 1.13 gives
 * neither (no `lang` option; its sidebar puts the close-button <label> inside an <ol>).
 */

/** The page's language: the Chinese edition lives under zh/. */
export function langFor(page: string): string {
  return /^zh(\/|\\|\.html$)/.test(page) ? "zh-CN" : "en";
}

/** `<html>` with a `lang` attribute (replaced if present). */
export function withLang(html: string, lang: string): string {
  return html.replace(/<html(\s[^>]*)?>/i, (_tag, attrs: string | undefined) => `<html${(attrs ?? "").replace(/\s+lang="[^"]*"/i, "")} lang="${lang}">`);
}

/** Moves the sidebar's close-button label out of the list it sits in, just before it. */
export function sidebarListFixed(html: string): string {
  return html.replace(/<ol>(\s*)(<label id="observablehq-sidebar-close"[^>]*><\/label>)/, "$2$1<ol>");
}
