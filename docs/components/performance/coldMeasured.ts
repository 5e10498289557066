// The cold-load benchmark's "measured on" line with its number of runs; the "not measured yet" note
// while bench/results/cold-load.json is missing.
import type { ColdLoad } from "./coldLoadBars.js";
import { measuredLine } from "./measuredLine.js";
import { notYet } from "./notYet.js";
import { msg } from "../i18n.js";

export function coldMeasured(cold: (ColdLoad & Parameters<typeof measuredLine>[0]) | null): HTMLElement {
  const t = msg.performance;
  if (!cold) return notYet(t.notYetWhat.cold, "npm run bench:cold");
  return measuredLine(cold, null, t.coldRuns(cold.runs));
}
