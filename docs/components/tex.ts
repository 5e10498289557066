// KaTeX typesetting for the pages. MathML output needs no stylesheet or web font, so formulas
// render offline from the site's own origin.
import katex from "katex";

/** A formula as an element; `display` centres it on its own line. */
export function tex(formula: string, display = true): HTMLElement {
  const el = document.createElement(display ? "div" : "span");
  el.className = "tex";
  el.innerHTML = katex.renderToString(formula, { output: "mathml", displayMode: display, throwOnError: true });
  return el;
}
