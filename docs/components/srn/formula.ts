// A displayed formula that may be wider than a phone's screen: typeset by tex, and focusable and named
// so that a keyboard can scroll it when it overflows (WCAG: scrollable regions must be reachable).
import { scrollable } from "../accessible.js";
import { tex } from "../tex.js";

/** The formula `latex`, named `name` for screen readers. */
export function formula(latex: string, name: string): HTMLElement {
  return scrollable(tex(latex), name);
}
