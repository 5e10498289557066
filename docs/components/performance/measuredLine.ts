// The "measured on" line under a section's heading: the benchmark run's date, machine and versions
// (measuredOn.ts), then what the section adds about the run (repetitions, rounds…).
import { measuredOn } from "./measuredOn.js";
import { msg } from "../i18n.js";

type Stamped = Parameters<typeof measuredOn>[0];

/** `<p class="measured-on">`: "measured … · tfjs 4.22.0. Medians of 30 repetitions." */
export function measuredLine(result: Stamped, rows?: readonly { measured?: string }[] | null, extra?: string): HTMLParagraphElement {
  const p = Object.assign(document.createElement("p"), { className: "measured-on" });
  p.textContent = [msg.performance.sentence(measuredOn(result, rows ?? undefined)), extra].filter(Boolean).join(msg.performance.sentenceJoin);
  return p;
}
