// Grouped horizontal bars for the Performance page, drawn with Plot: one facet row per group (a backend
// and photo set, a stage…), one bar per series (facelab, its opponent…) with its value written at the
// end, optional dashed rules for targets and roofs across all rows. Horizontal so that long group names
// stay readable on a phone; the left margin is measured from the longest name.
// Colours come from the theme's text colour and a fixed series palette, so both themes work.
import * as Plot from "@observablehq/plot";
import { describedChart } from "../accessible.js";

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
  /** Label of the value axis, with its unit; also the start of the chart's description for screen readers. */
  axis: string;
  /** Colour per series, in legend order; only the series listed are drawn. */
  colours: Record<string, string>;
  rules?: Rule[];
}

const BAR = 18; // px per bar
const GROUP_FONT = 12; // px, the group names
const VALUE_FONT = 11; // px, the labels at the bars' ends and the rules'

/** The chart: a legend (for two series or more) and Plot's SVG, in a `<figure class="bar-chart">`. */
export function barChart(bars: readonly Bar[], { width, axis, colours, rules = [] }: BarChartOptions): HTMLElement {
  const series = Object.keys(colours).filter((s) => bars.some((b) => b.series === s));
  const drawn = bars.filter((b) => series.includes(b.series));
  const groups = [...new Set(drawn.map((b) => b.group))];
  const label = (b: Bar) => b.label ?? String(b.value);
  const names = new Map(groupNames(groups, width * 0.35).map((n, i) => [groups[i], n]));
  const { marginLeft, marginRight, marginTop, marginBottom } = margins([...names.values()], drawn.map(label), rules.length, width);
  const color = { domain: series, range: series.map((s) => colours[s]) };
  const row = series.length * BAR + 12; // px per group; a quarter of it is the gap between groups
  const gap = row / 4;
  const chart = Plot.plot({
    width,
    marginLeft,
    marginRight,
    marginTop,
    marginBottom,
    height: marginTop + marginBottom + groups.length * row,
    ariaLabel: axis,
    x: { domain: [0, Math.max(...drawn.map((b) => b.value), ...rules.map((r) => r.value))], nice: true },
    y: { domain: series, axis: null, padding: 0.08 },
    fy: { domain: groups, label: null, paddingInner: 0.25, paddingOuter: 0.125 }, // outer half the inner: rows a `row` apart
    color,
    marks: [
      Plot.axisX({ ticks: Math.max(2, (width - marginLeft - marginRight) / 80), fontSize: 10, label: null }), // a tick per 80 px
      Plot.frame({ facet: "super", anchor: "bottom" }), // the axis line
      // The axis label under the axis's end (Plot's own would sit at the SVG's edge, past the right margin).
      Plot.text([axis], { facet: "super", frameAnchor: "bottom-right", textAnchor: "end", lineAnchor: "bottom", dy: 30, fontSize: 10 }),
      Plot.axisFy({ anchor: "left", tickSize: 0, tickPadding: 6, fontSize: GROUP_FONT, tickFormat: (g: string) => names.get(g) }),
      Plot.barX(drawn, { fy: "group", y: "series", x: "value", fill: "series", title: (b: Bar) => `${b.group} · ${b.series}: ${label(b)}` }),
      Plot.text(drawn, { fy: "group", y: "series", x: "value", text: label, textAnchor: "start", dx: 4, fontSize: VALUE_FONT, fontVariant: "tabular-nums" }),
      // Rules are repeated in every row, each reaching into half the gap above and below it: one line.
      Plot.ruleX(rules, { x: "value", insetTop: -gap / 2, insetBottom: -gap / 2, strokeDasharray: "4 3" }),
      ...rules.map((r, i) =>
        Plot.text([r], {
          // the labels above the first row, one line each
          fy: () => groups[0],
          x: "value",
          text: "label",
          frameAnchor: "top",
          lineAnchor: "bottom",
          dy: -gap / 2 - 8 - 14 * (rules.length - 1 - i),
          fontSize: VALUE_FONT,
        }),
      ),
    ],
  });

  const figure = document.createElement("figure");
  figure.className = "bar-chart";
  if (series.length > 1) figure.append(Plot.legend({ color, className: "bar-legend", swatchSize: 10 })); // one series needs no key: the axis says what it is
  // Screen readers get the figures themselves, not Plot's mark names.
  figure.append(describedChart(chart, `${axis}: ${drawn.map((b) => `${b.group.replace(/\n/g, " ")}, ${b.series} ${label(b)}`).join("; ")}`));
  return figure;
}

/** The longest group name on the left, the longest bar label on the right, one line per rule label on top. */
function margins(names: string[], labels: string[], rules: number, width: number) {
  return {
    marginLeft: 10 + Math.max(0, ...names.flatMap((n) => n.split("\n")).map((l) => textWidth(l, GROUP_FONT))),
    // The right keeps a bar that runs to the end of the axis with its label whole.
    marginRight: Math.min(width * 0.4, Math.max(70, 8 + Math.max(0, ...labels.map((l) => textWidth(l, VALUE_FONT))))),
    marginTop: 8 + 14 * rules, // so close rules' labels never overlap
    marginBottom: 36,
  };
}

/**
 * The group names as the axis writes them: a name wider than `max` px on two lines, and then any other
 * name wider than the widest line so far too, so that the left margin is no wider than it must be.
 */
function groupNames(groups: string[], max: number): string[] {
  const width = (name: string) => Math.max(...name.split("\n").map((l) => textWidth(l, GROUP_FONT)));
  const room = Math.max(0, ...groups.map((g) => width(width(g) <= max ? g : wrap(g, max))));
  return groups.map((g) => (width(g) <= room ? g : wrap(g, max)));
}

/** A name on two lines: after its first part if it reads "a · b · c", else at the last space within `max` px. */
function wrap(name: string, max: number): string {
  const cut = name.includes(" · ")
    ? name.indexOf(" · ")
    : ([...name.matchAll(/ /g)]
        .map((m) => m.index)
        .reverse()
        .find((i) => textWidth(name.slice(0, i), GROUP_FONT) <= max) ?? -1);
  return cut > 0 ? `${name.slice(0, cut)}\n${name.slice(cut).replace(/^ (· )?/, "")}` : name;
}

let context: CanvasRenderingContext2D | null = null;

/** Width in px of `text` in the page's sans-serif at `size` px, measured on a canvas (the chart is built detached). */
function textWidth(text: string, size: number): number {
  context ??= document.createElement("canvas").getContext("2d")!;
  const family = getComputedStyle(document.documentElement).getPropertyValue("--sans-serif").trim() || "sans-serif";
  context.font = `${size}px ${family}`;
  return context.measureText(text).width;
}
