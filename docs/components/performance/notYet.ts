// The note a Performance section shows in place of its figures while its benchmark has not been run:
// what is missing and the command that measures it.
import { msg } from "../i18n.js";

/** "Not measured yet: the roofline (`npm run bench:browser` measures it)." */
export function notYet(what: string, command: string): HTMLParagraphElement {
  const p = Object.assign(document.createElement("p"), { className: "not-measured" });
  p.append(msg.performance.notYetBefore(what), Object.assign(document.createElement("code"), { textContent: command }), msg.performance.notYetAfter);
  return p;
}
