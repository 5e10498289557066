// Under the verdict: where its distance comes from — the precomputed record while the networks load,
// then this tab — and the precomputed value as well when the live one differs from it beyond rounding.
import { msg } from "../i18n.js";

/** `<p id="verdict-source" data-source="precomputed|live">`; empty without a pair. */
export function verdictSource({
  distance,
  live,
  recorded,
  date,
}: {
  distance: number | null;
  live: boolean;
  recorded: number | null;
  date: string;
}): HTMLElement {
  const p = Object.assign(document.createElement("p"), { id: "verdict-source", className: "figure-source" });
  if (distance === null) return p;
  p.dataset.source = live ? "live" : "precomputed";
  const differs = recorded !== null && recorded.toFixed(3) !== distance.toFixed(3);
  p.textContent = live ? msg.compare.sourceLive(differs ? recorded.toFixed(3) : null) : msg.compare.sourcePrecomputed(date);
  return p;
}
