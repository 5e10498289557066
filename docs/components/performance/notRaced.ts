// The races the benchmark could not run, and why ("unavailable" when it gave no reason); "" when none.
// The benchmark writes its reasons in English; the one it gives today is said in the page's language.
import { raceName, type Unavailable } from "./benchFigures.js";
import { msg } from "../i18n.js";

const reason = (why: string | true) => {
  const t = msg.performance;
  if (why === true) return t.unavailable;
  return /has no such backend registered/.test(why) ? t.noSuchBackend : why;
};

export function notRaced(skipped: readonly Unavailable[]): HTMLParagraphElement | string {
  const t = msg.performance;
  if (!skipped.length) return "";
  const list = skipped.map((r) => t.notRacedEntry(raceName(r), reason(r.unavailable))).join(t.setSep);
  return Object.assign(document.createElement("p"), { className: "muted", textContent: t.notRaced(list) });
}
