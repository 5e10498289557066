// What online hard sample mining keeps of a batch: the mean loss of the whole batch and of the kept
// hardest share, and how many of the kept are positives.
import type { Sample } from "../hardMining.js";

const mean = (xs: readonly Sample[]) => xs.reduce((a, b) => a + b.loss, 0) / Math.max(1, xs.length);

/** `<p>` for `batch` when the top `keepShare` of its losses is kept. */
export function miningSummary(batch: readonly Sample[], keepShare: number): HTMLParagraphElement {
  const kept = [...batch].sort((a, b) => b.loss - a.loss).slice(0, Math.round(keepShare * batch.length));
  const strong = (x: number) => Object.assign(document.createElement("strong"), { textContent: x.toFixed(4) });
  const p = document.createElement("p");
  p.append(
    "Mean loss of the whole batch: ",
    strong(mean(batch)),
    `; of the ${kept.length} kept: `,
    strong(mean(kept)),
    `. ${kept.filter((d) => d.label === "positive").length} of the kept are positives. Gradient flows only through the kept samples, so the net spends its effort where it is still wrong.`,
  );
  return p;
}
