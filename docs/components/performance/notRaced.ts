// The races the benchmark could not run, and why ("unavailable" when it gave no reason); "" when none.
import { raceName, type Unavailable } from "./benchFigures.js";
import { msg } from "../i18n.js";

export function notRaced(skipped: readonly Unavailable[]): HTMLParagraphElement | string {
  const t = msg.performance;
  if (!skipped.length) return "";
  const list = skipped.map((r) => `${raceName(r)} (${r.unavailable === true ? t.unavailable : r.unavailable})`).join("; ");
  return Object.assign(document.createElement("p"), { className: "muted", textContent: t.notRaced(list) });
}
