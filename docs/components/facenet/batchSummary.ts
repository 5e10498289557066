// The mini-batch in one paragraph (#batch-summary): how many faces, people and anchor–positive pairs,
// and the share of pairs with a hard or a semi-hard negative at the current margin.
import { msg } from "../i18n.js";
import type { Mining } from "./miningShares.js";

const pct = (x: number) => `${(100 * x).toFixed(0)} %`;

/** `<p id="batch-summary">` for `faces` (one label each) mined as `mining`. */
export function batchSummary(faces: readonly { person: string }[], mining: Mining): HTMLParagraphElement {
  const people = new Set(faces.map((f) => f.person)).size;
  const t = msg.facenet;
  return Object.assign(document.createElement("p"), {
    id: "batch-summary",
    textContent: t.batchJoin(t.batchCount(faces.length, people, mining.pairs.length), t.batchShares(mining.alpha, pct(mining.hard), pct(mining.semiHard))),
  });
}
