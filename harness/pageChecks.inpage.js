// Runs inside the page (harness/pageChecks.ts reads this file and evaluates it there). Plain JavaScript on
// purpose: the TypeScript loader would insert helpers (esbuild's __name) the page does not have.

/** Charts with axes and no marks, one line each. */
// biome-ignore lint/correctness/noUnusedVariables: called by pageChecks.ts in the page
function facelabBlankCharts() {
  const where = (el) => {
    const heading = (() => {
      for (let n = el; n; n = n.parentElement) {
        for (let p = n.previousElementSibling; p; p = p.previousElementSibling) if (/^H[1-4]$/.test(p.tagName)) return p.textContent?.trim();
      }
      return "";
    })();
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.getAttribute("class") ? `.${String(el.getAttribute("class")).split(/\s+/)[0]}` : ""} under “${heading}”`;
  };
  const AXIS = '[aria-label*="axis"], [data-mark*="axis"], g.tick, .domain, .xaxislayer-above, .yaxislayer-above, .xtick, .ytick, .gridlayer, .zerolinelayer';
  const SHAPES = "rect, circle, ellipse, path, line, polygon, polyline, image, use";
  const out = [];
  for (const svg of document.querySelectorAll("svg")) {
    if (svg.parentElement?.closest("svg")) continue; // nested svgs belong to their outer chart
    const box = svg.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    if (!svg.querySelector(AXIS)) continue;
    const marks = [...svg.querySelectorAll(SHAPES)].filter((s) => {
      // Ancestors inside this chart only: the chart's own description may well contain the word "axis".
      const inside = (selector) => {
        const found = s.closest(selector);
        return found !== null && found !== svg && svg.contains(found);
      };
      if (inside(AXIS) || inside("defs, clipPath, mask, pattern, marker")) return false;
      if (inside(".bg, .plotbg, [data-mark='frame'], [aria-label='frame']")) return false;
      try {
        const b = s.getBBox();
        // A line or path may be flat (a rule); a rect, circle or image with no area shows nothing.
        return /^(line|path|polyline)$/i.test(s.tagName) ? b.width > 0 || b.height > 0 : b.width > 0 && b.height > 0;
      } catch {
        return false;
      }
    });
    if (marks.length === 0) out.push(`${where(svg)}: axes but no marks`);
  }
  // Plotly draws data into its own SVG layers or WebGL; an empty trace layer is blank too.
  for (const plot of document.querySelectorAll(".js-plotly-plot")) {
    const drew =
      plot.querySelector(".scatterlayer .trace, .barlayer .trace, .heatmaplayer image") || plot.querySelector(".gl-container canvas, canvas.gl-canvas");
    if (!drew) out.push(`${where(plot)}: Plotly figure without traces`);
  }
  return out;
}

/** Clickable elements the keyboard cannot reach, one line each. */
// biome-ignore lint/correctness/noUnusedVariables: called by pageChecks.ts in the page
function facelabUnreachableControls() {
  const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"]), [contenteditable="true"], label';
  const out = [];
  for (const el of document.querySelectorAll("#observablehq-main *")) {
    const style = getComputedStyle(el);
    if (style.cursor !== "pointer" || style.visibility === "hidden" || style.display === "none") continue;
    if (el.parentElement && getComputedStyle(el.parentElement).cursor === "pointer" && el.parentElement.closest(FOCUSABLE)) continue;
    if (el.closest(FOCUSABLE)) continue;
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (el.inert || el.closest("[inert], [aria-hidden='true']")) continue;
    out.push(
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.getAttribute("class") ? `.${String(el.getAttribute("class")).split(/\s+/).join(".")}` : ""} “${(el.textContent ?? "").trim().slice(0, 40)}”`,
    );
  }
  return [...new Set(out)].slice(0, 20);
}
