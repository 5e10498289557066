// The answer to "if α grows, does the share of hard triplets change?", computed on the page's live
// mini-batch at both margins.
import { msg } from "../i18n.js";
import type { Answer } from "../tryThis.js";
import { miningShares } from "./miningShares.js";

const pct = (x: number) => `${(100 * x).toFixed(0)} %`;

/** "grows", "shrinks" or "stays the same" for the hard share between margins `from` and `to`. */
export function miningAnswer(faces: readonly { person: string; embedding: ArrayLike<number> }[], from: number, to: number): Answer {
  const t = msg.facenet;
  if (!faces.length) throw new Error(t.stillEmbedding);
  const a = miningShares(faces, from),
    b = miningShares(faces, to);
  const choice = b.hard > a.hard ? t.miningChoices.grows : b.hard < a.hard ? t.miningChoices.shrinks : t.miningChoices.same;
  return {
    choice,
    explain: t.miningExplain(faces.length, a.pairs.length, from, to, pct(a.hard), pct(b.hard), pct(a.semiHard), pct(b.semiHard)),
  };
}
