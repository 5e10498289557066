// The detectors' times on the reader's photo as bars: the second (warm) run solid, the first run (with
// warm-up) as a tick, so the warm-up cost shows too. Before the run, a placeholder says what to do.
import * as Plot from "@observablehq/plot";
import { describedChart } from "../accessible.js";
import { msg } from "../i18n.js";
import type { RaceResult } from "./detectorRace.js";

export function raceTimesChart(results: readonly RaceResult[] | null, { width = 640 } = {}): Element {
  const m = msg.models;
  const ok = results?.filter((r) => !r.error) ?? [];
  if (ok.length === 0) return Object.assign(document.createElement("p"), { className: "race-status", textContent: m.timesPlaceholder });
  const rows = ok.map((r) => ({ name: msg.common.detectorNames[r.name] ?? r.name, first: r.firstMs, second: r.secondMs }));
  const chart = Plot.plot({
    width: Math.max(320, Math.min(width, 640)),
    height: 40 + 26 * rows.length,
    marginLeft: 150,
    x: { label: m.timesAxis, grid: true },
    y: { label: null, domain: rows.map((r) => r.name) },
    marks: [
      Plot.barX(rows, { x: "second", y: "name", fill: "#4269d0" }),
      Plot.tickX(rows, { x: "first", y: "name", stroke: "#d70015", strokeWidth: 2 }),
      Plot.ruleX([0]),
    ],
  });
  return describedChart(chart, m.timesDescription(rows.map((r) => `${r.name} ${Math.round(r.second)} ms (${Math.round(r.first)} ms)`).join("; ")));
}
