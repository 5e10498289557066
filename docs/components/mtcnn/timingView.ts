// The live "300 forward passes" table beside the paper's quoted seconds, or, before the button is
// pressed, a line saying what pressing it will measure.
import * as Inputs from "@observablehq/inputs";
import { scrollable } from "../accessible.js";
import { msg } from "../i18n.js";

/** `<div id="forward-timing">` with `timing`'s rows (from forwardTable), or the placeholder when null. */
export function timingView(timing: Record<string, string | number>[] | null, backend: string): HTMLElement {
  const t = msg.mtcnn;
  if (!timing) {
    const p = Object.assign(document.createElement("p"), { className: "muted", id: "forward-timing", textContent: t.timingPlaceholder(backend) });
    return p;
  }
  const root = Object.assign(document.createElement("div"), { id: "forward-timing" });
  const source = Object.assign(document.createElement("p"), { className: "figure-source", textContent: t.timingSource(backend) });
  root.append(scrollable(Inputs.table(timing, { sort: null, select: false, layout: "auto" }), t.timingName), source);
  return root;
}
