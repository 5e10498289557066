// describedChart for a Plot figure with a colour legend: the legend's swatches are small <svg>s whose
// class names Plot hashes, so the main chart is named here as the figure's own <svg> child.
import { describedChart } from "../accessible.js";

/** `chart` (a Plot <svg> or <figure>) with its main <svg> as one image described by `description`. */
export function describedPlot<T extends Element>(chart: T, description: string): T {
  const main = chart instanceof SVGSVGElement ? chart : chart.querySelector(":scope > svg");
  if (main) describedChart(main, description);
  for (const svg of chart.querySelectorAll("svg")) {
    if (svg === main) continue;
    // Swatches repeat the legend's text next to them; hide the decorative squares.
    svg.setAttribute("aria-hidden", "true");
  }
  return chart;
}
