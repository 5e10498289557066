// Grouped horizontal bars for the Performance page: one band per group (a backend and photo set, a
// stage…), one bar per series (facelab, its opponent…) with its value written at the end, optional
// vertical rules for targets and roofs. Horizontal so that long group names stay readable on a phone.
// Colours come from the theme's text colour and a fixed series palette, so both themes work.
import * as d3 from "d3";

/** One bar: `value` of `series` in `group`; `label` is written at its end (default: the value). */
export interface Bar {
  group: string;
  series: string;
  value: number;
  label?: string;
}

/** A vertical line across the chart at `value`, e.g. the target ratio or the matmul roof. */
export interface Rule {
  value: number;
  label: string;
}

export interface BarChartOptions {
  /** Width of the chart in px (the page's `width`, capped by the caller). */
  width: number;
  /** Label of the value axis, with its unit. */
  axis: string;
  /** Colour per series, in legend order; series not listed get the theme's text colour. */
  colours: Record<string, string>;
  rules?: Rule[];
  /** Where the value axis ends (default: the largest value or rule, plus room for the labels). */
  max?: number;
}

const BAR = 18; // px per bar
const LEFT = 170; // px for the group names

/** The chart: a legend and an SVG, in a `<figure class="bar-chart">`. */
export function barChart(bars: readonly Bar[], { width, axis, colours, rules = [], max }: BarChartOptions): HTMLElement {
  const groups = [...new Set(bars.map((b) => b.group))];
  const series = Object.keys(colours).filter((s) => bars.some((b) => b.series === s));
  const left = Math.min(LEFT, width * 0.35);
  // Room on the right for the longest bar label (about 6 px a character at the labels' size), so a bar
  // that runs to the end of the axis keeps its label whole.
  const longest = Math.max(0, ...bars.map((b) => (b.label ?? String(b.value)).length));
  const right = Math.min(width * 0.4, Math.max(70, 8 + 6 * longest));
  const margin = { top: 8 + 14 * rules.length, right, bottom: 36, left }; // one line per rule label, so close rules never overlap
  const height = margin.top + margin.bottom + groups.length * (series.length * BAR + 12);
  const top = max ?? d3.max([...bars.map((b) => b.value), ...rules.map((r) => r.value)]) ?? 1;
  const x = d3.scaleLinear([0, top], [margin.left, width - margin.right]).nice();
  const y = d3.scaleBand(groups, [margin.top, height - margin.bottom]).paddingInner(0.25).paddingOuter(0.1);
  const inner = d3.scaleBand(series, [0, y.bandwidth()]).padding(0.08);

  const svg = d3.create("svg").attr("width", width).attr("height", height).attr("viewBox", `0 0 ${width} ${height}`)
    .attr("role", "img").attr("aria-label", axis);
  svg.append("g").attr("transform", `translate(0,${height - margin.bottom})`).call(d3.axisBottom(x).ticks(Math.max(2, width / 90)))
    .call((g) => g.append("text").attr("x", width - margin.right).attr("y", 30).attr("fill", "currentColor").attr("text-anchor", "end").text(axis));
  svg.append("g").attr("transform", `translate(${margin.left},0)`).call(d3.axisLeft(y).tickSize(0).tickPadding(6)).attr("font-size", 12)
    .call((g) => g.select(".domain").remove())
    .call((g) => g.selectAll<SVGTextElement, string>("text").call(wrap, margin.left - 10));
  svg.append("g").selectAll("rect").data(bars).join("rect")
    .attr("x", x(0)).attr("y", (b) => y(b.group)! + inner(b.series)!)
    .attr("width", (b) => Math.max(0, x(Math.min(b.value, x.domain()[1])) - x(0))).attr("height", inner.bandwidth())
    .attr("fill", (b) => colours[b.series] ?? "currentColor")
    .append("title").text((b) => `${b.group} · ${b.series}: ${b.label ?? b.value}`);
  svg.append("g").attr("class", "bar-labels").selectAll("text").data(bars).join("text")
    .attr("x", (b) => x(Math.min(b.value, x.domain()[1])) + 4).attr("y", (b) => y(b.group)! + inner(b.series)! + inner.bandwidth() / 2)
    .attr("dy", "0.35em").attr("fill", "currentColor").text((b) => b.label ?? String(b.value));
  const rule = svg.append("g").attr("class", "bar-rules").selectAll("g").data(rules).join("g").attr("transform", (r) => `translate(${x(r.value)},0)`);
  rule.append("line").attr("y1", margin.top - 4).attr("y2", height - margin.bottom).attr("stroke", "currentColor").attr("stroke-dasharray", "4 3");
  rule.append("text").attr("y", (_, i) => margin.top - 8 - 14 * (rules.length - 1 - i)).attr("text-anchor", "middle").attr("fill", "currentColor").text((r) => r.label);

  const figure = document.createElement("figure");
  figure.className = "bar-chart";
  const legend = document.createElement("div");
  legend.className = "bar-legend";
  for (const s of series.length > 1 ? series : []) { // one series needs no key: the axis says what it is
    const item = legend.appendChild(document.createElement("span"));
    item.append(Object.assign(document.createElement("i"), { style: `background:${colours[s]}` }), s);
  }
  figure.append(legend, svg.node()!);
  return figure;
}

/**
 * Splits a tick label over two lines when it would be wider than `max` px: after its first part if
 * it reads "a · b · c", else at the last space that fits. Estimated at 6.5 px a character: the chart
 * is built detached, where text has no width yet.
 */
function wrap(texts: d3.Selection<SVGTextElement, string, SVGGElement, unknown>, max: number): void {
  texts.each(function (label) {
    if (label.length * 6.5 <= max) return;
    const sep = label.includes(" · ") ? " · " : " ";
    const cut = sep === " · " ? label.indexOf(sep) : label.lastIndexOf(" ", Math.floor(max / 6.5));
    if (cut <= 0) return;
    const text = d3.select(this).text(null);
    text.append("tspan").attr("x", -6).attr("dy", "-0.2em").text(label.slice(0, cut));
    text.append("tspan").attr("x", -6).attr("dy", "1.1em").text(label.slice(cut + sep.length));
  });
}
