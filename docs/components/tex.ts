// KaTeX typesetting for the pages. MathML output needs no stylesheet or web font, so formulas
// render offline from the site's own origin. KaTeX (about 260 KB) is fetched only when the first
// formula comes near the screen: every formula sits below a page's first figure, so a reader who never
// scrolls to one never downloads it, and one who does is not kept waiting by it at load.
import { whenVisible } from "./whenVisible.js";

type Katex = typeof import("katex").default;
let katex: Promise<Katex> | null = null;

/** KaTeX, imported once, on first use. */
function loadKatex(): Promise<Katex> {
  katex ??= import("katex").then((m) => m.default);
  return katex;
}

/**
 * A formula as an element; `display` centres it on its own line. It is returned at once showing its
 * TeX source (readable, and the same width of line), and typeset in place when KaTeX has arrived.
 */
export function tex(formula: string, display = true): HTMLElement {
  const el = document.createElement(display ? "div" : "span");
  el.className = "tex tex-pending";
  el.textContent = formula;
  el.setAttribute("aria-busy", "true");
  void whenVisible(el, "600px")
    .then(loadKatex)
    .then((k) => {
      el.innerHTML = k.renderToString(formula, { output: "mathml", displayMode: display, throwOnError: true });
      el.classList.remove("tex-pending");
      el.removeAttribute("aria-busy");
    });
  return el;
}
