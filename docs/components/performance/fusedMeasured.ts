// The fused-layers benchmark's "measured on" line with each backend's repetitions; the "not measured
// yet" note while bench/results/fused-layers.json is missing.
import type { FusedRun } from "./fusedBars.js";
import { measuredLine } from "./measuredLine.js";
import { notYet } from "./notYet.js";
import { msg } from "../i18n.js";

export function fusedMeasured(fused: (Parameters<typeof measuredLine>[0] & { results?: FusedRun[] }) | null): HTMLElement {
  const t = msg.performance;
  if (!fused) return notYet(t.notYetWhat.fused, "npm run bench:fused");
  return measuredLine(fused, null, t.fusedReps((fused.results ?? []).map((r) => t.repsOn(r.reps, r.backend)).join(t.listSep)));
}
