// Small fixes that make the stock widgets pass WCAG 2 A/AA (axe-core runs on every page in the tests).
import { msg } from "./i18n.js";

/**
 * Observable Inputs label only one field of a control (a range has a number box *and* a slider), and a
 * label-less select or range has none. Gives every unlabelled field of `control` an accessible name:
 * the control's visible label, or `name` when it has none.
 */
export function labelled<T extends HTMLElement>(control: T, name?: string): T {
  const text = name ?? control.querySelector("label")?.textContent?.trim() ?? "";
  for (const field of control.querySelectorAll<HTMLElement>("input, select, textarea")) {
    const hasLabel =
      field.getAttribute("aria-label") || field.getAttribute("aria-labelledby") || (field.id && control.querySelector(`label[for="${CSS.escape(field.id)}"]`));
    if (hasLabel || (field as HTMLInputElement).type === "hidden") continue;
    const kind = (field as HTMLInputElement).type === "range" ? msg.common.slider : "";
    if (text) field.setAttribute("aria-label", `${text}${kind}`);
  }
  if (control.matches("input, select, textarea") && text && !control.getAttribute("aria-label")) control.setAttribute("aria-label", text);
  return control;
}

/**
 * An Inputs.table (or any box that scrolls) must be reachable from the keyboard to scroll it: makes
 * its scrolling container focusable and names it.
 */
export function scrollable<T extends HTMLElement>(box: T, name: string): T {
  box.tabIndex = 0;
  box.setAttribute("role", "region");
  box.setAttribute("aria-label", name);
  return box;
}

/**
 * A Plot chart as one described image for screen readers: Plot puts aria-label on its <g> groups,
 * which ARIA does not allow without a role. The chart becomes role="img" named by `description`
 * (say what it shows and its main reading), and its inner labels are dropped. With a colour legend,
 * Plot returns a <figure>: its own <svg> child is the chart, and the swatches' little <svg>s (whose
 * class names Plot hashes) are hidden, since the legend's text beside them says it all.
 */
export function describedChart<T extends Element>(chart: T, description: string): T {
  const svgs = chart instanceof SVGSVGElement ? [chart] : [...chart.querySelectorAll("svg")];
  for (const svg of svgs) {
    for (const g of svg.querySelectorAll("[aria-label], [aria-description]")) {
      // Kept as data-mark: the browser tests read it to tell axes from marks.
      if (g.hasAttribute("aria-label")) g.setAttribute("data-mark", g.getAttribute("aria-label") ?? "");
      g.removeAttribute("aria-label");
      g.removeAttribute("aria-description");
    }
  }
  const main =
    chart instanceof SVGSVGElement
      ? chart
      : (chart.querySelector(":scope > svg") ?? svgs.find((s) => !s.closest('[class*="swatch"], [class*="legend"]')) ?? svgs[0]);
  for (const svg of svgs) if (svg !== main && !main?.contains(svg)) svg.setAttribute("aria-hidden", "true");
  if (main) {
    main.setAttribute("role", "img");
    main.setAttribute("aria-label", description);
  }
  return chart;
}
