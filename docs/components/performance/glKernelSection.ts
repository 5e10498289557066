// facelab's own WebGL programs against tfjs's kernels: the median ms per photo of each, and the ratio
// with the agreement of the faces found; the "not measured yet" note when no run did.
import { barChart } from "./barChart.js";
import { raceName, times } from "./benchFigures.js";
import { GL_KERNEL_COLOURS, glKernelBars, type GlKernelsResult } from "./glKernelBars.js";
import { notYet } from "./notYet.js";
import { richText } from "./richText.js";
import { msg } from "../i18n.js";

export function glKernelSection(runs: readonly GlKernelsResult[], width: number): HTMLElement {
  const t = msg.performance;
  if (!runs.length) return notYet(t.notYetWhat.glKernels, "npm run bench:browser");
  const div = document.createElement("div");
  const list = runs.map((r) => t.onRace(times(r.ratio), raceName(r), r.agreement.f1.toFixed(2))).join(t.listSep);
  div.append(barChart(glKernelBars(runs), { width, axis: t.axisGlKernels, colours: GL_KERNEL_COLOURS }), richText("p", t.glVerdict(list)));
  return div;
}
