// LFW throughput: images per second with 1 and 2 workers against twice the 1-worker rate, the speed-up,
// then each pool's start-up.
import { barChart } from "./barChart.js";
import { BACKEND_COLOURS, times } from "./benchFigures.js";
import { lfwRateBars, lfwStartupBars, perSecond, type LfwThroughput } from "./lfwBars.js";
import { richText } from "./richText.js";
import { msg } from "../i18n.js";

export function lfwSection(lfw: LfwThroughput | null, width: number): HTMLDivElement {
  const t = msg.performance;
  const div = document.createElement("div");
  if (!lfw) return div;
  const one = lfw.byWorkers["1"]?.imagesPerSecond.median;
  const rules = one ? [{ value: 2 * one, label: t.ruleTwiceOne }] : [];
  const medians = Object.entries(lfw.byWorkers).map(([w, s]) => t.workersRate(t.workers(w), perSecond(s.imagesPerSecond.median)));
  const s = lfw.speedup;
  div.append(
    barChart(lfwRateBars(lfw), { width, axis: t.axisPerSecond, colours: BACKEND_COLOURS, rules }),
    richText("p", t.lfwSpeedup(times(s.ofMedians), times(s.perRound.min), times(s.perRound.max), medians.join(t.listSep))),
    Object.assign(document.createElement("p"), { textContent: t.lfwStartupIntro }),
    barChart(lfwStartupBars(lfw), { width, axis: t.axisStartup, colours: BACKEND_COLOURS }),
  );
  return div;
}
