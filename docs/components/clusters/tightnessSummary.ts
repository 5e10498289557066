// The measured tightness of each finished perplexity map, inline in a sentence: "perplexity 5: 0.123 ·
// perplexity 30: …", or, before any map is done, when they will start.
import { msg } from "../i18n.js";

export function tightnessSummary(tightness: ReadonlyMap<number, number>): Node {
  const span = document.createElement("span");
  if (!tightness.size) span.textContent = msg.clusters.tightnessWaiting;
  [...tightness].forEach(([p, v], i) =>
    span.append(`${i ? " · " : ""}${msg.clusters.tightnessItem(p)}`, Object.assign(document.createElement("b"), { textContent: v.toFixed(3) })),
  );
  return span;
}
