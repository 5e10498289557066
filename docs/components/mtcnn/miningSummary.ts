// What online hard sample mining keeps of a batch: the kept share as a count, the mean loss of the
// whole batch and of the kept hardest share, and how many of the kept are positives.
import { keptCount, type Sample } from "../hardMining.js";
import { msg } from "../i18n.js";

const mean = (xs: readonly Sample[]) => xs.reduce((a, b) => a + b.loss, 0) / Math.max(1, xs.length);

/** The hardest `keepShare` of `batch`, hardest first. */
export function keptSamples(batch: readonly Sample[], keepShare: number): Sample[] {
  return [...batch].sort((a, b) => b.loss - a.loss).slice(0, keptCount(batch, keepShare));
}

/** `<p id="mining-summary">` for `batch` when the top `keepShare` of its losses is kept. */
export function miningSummary(batch: readonly Sample[], keepShare: number): HTMLParagraphElement {
  const kept = keptSamples(batch, keepShare);
  const t = msg.mtcnn;
  const strong = (text: string) => Object.assign(document.createElement("strong"), { textContent: text });
  const p = document.createElement("p");
  p.id = "mining-summary";
  p.append(
    t.miningKept,
    strong(t.keptOf(kept.length, batch.length, Math.round((100 * kept.length) / Math.max(1, batch.length)))),
    t.meanBatch,
    strong(mean(batch).toFixed(4)),
    t.meanKept,
    strong(mean(kept).toFixed(4)),
    t.positivesKept(kept.filter((d) => d.label === "positive").length, batch.filter((d) => d.label === "positive").length),
  );
  return p;
}
