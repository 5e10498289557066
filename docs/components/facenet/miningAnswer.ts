// The answer to "if α grows, does the share of hard triplets change?", computed on the page's live
// mini-batch at both margins.
import type { Answer } from "../tryThis.js";
import { miningShares } from "./miningShares.js";

const pct = (x: number) => `${(100 * x).toFixed(0)} %`;

/** "grows", "shrinks" or "stays the same" for the hard share between margins `from` and `to`. */
export function miningAnswer(faces: readonly { person: string; embedding: ArrayLike<number> }[], from: number, to: number): Answer {
  if (!faces.length) throw new Error("the faces are still being embedded");
  const a = miningShares(faces, from),
    b = miningShares(faces, to);
  const choice = b.hard > a.hard ? "grows" : b.hard < a.hard ? "shrinks" : "stays the same";
  return {
    choice,
    explain: `On these ${faces.length} faces: ${pct(a.hard)} of the ${a.pairs.length} anchor–positive pairs have a hard negative at α = ${from}, ${pct(b.hard)} at α = ${to}. A hard negative is closer than the positive — α does not enter. What α changes is the semi-hard band: ${pct(a.semiHard)} of pairs have a semi-hard negative at α = ${from}, ${pct(b.semiHard)} at α = ${to}.`,
  };
}
