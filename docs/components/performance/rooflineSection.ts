// The roofline section: per run (backend and photo set), each MTCNN stage's achieved GFLOP/s against
// the matmul roof, and the work and time behind each bar.
import { barChart } from "./barChart.js";
import { COLOURS, ms, OURS, raceName, rooflineBars, type RooflineResult } from "./benchFigures.js";
import { measuredLine } from "./measuredLine.js";
import { notYet } from "./notYet.js";
import { msg } from "../i18n.js";

type Browser = Parameters<typeof measuredLine>[0] & { roofline?: (RooflineResult & { unavailable?: unknown })[] };

/** Every roofline run that ran, in a `<div>`; the "not measured yet" note when none did. */
export function rooflineSection(browser: Browser | null, width: number): HTMLElement {
  const t = msg.performance;
  const runs = (browser?.roofline ?? []).filter((r) => !r.unavailable);
  if (!browser || !runs.length) return notYet(t.notYetWhat.roofline, "npm run bench:browser");
  const div = document.createElement("div");
  for (const run of runs) {
    const m = run.matmul;
    const h3 = Object.assign(document.createElement("h3"), {
      textContent: t.rooflineHeading(run.backend, run.photos, raceName({ backend: "", set: run.set }).replace(/^ · /, "")),
    });
    const rule = { value: m.best, label: t.roofRule(m.best.toFixed(2), m.kernel === "facelab loops") };
    const chart = barChart(rooflineBars(run), { width, axis: t.axisGflops, colours: { [OURS]: COLOURS[OURS] }, rules: [rule] });
    const work = Object.entries(run.stages).map(([s, x]) => t.stageWork(s, x.gflop.toFixed(2), ms(x.ms)));
    const byKernel = m.byKernel
      ? Object.entries(m.byKernel)
          .map(([k, v]) => `${k} ${v.toFixed(2)}`)
          .join(t.listSep)
      : null;
    const detail = Object.assign(document.createElement("p"), { className: "muted", textContent: work.join(" · ") + t.roofMeasured(m.n, byKernel) });
    div.append(h3, measuredLine(browser, [run as { measured?: string }]), chart, detail);
  }
  return div;
}
