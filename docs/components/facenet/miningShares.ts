// Online negative mining on the page's live mini-batch at a given margin: every anchor–positive pair
// with its hardest and semi-hard negatives (facelab's selectNegatives), and the share of pairs that have
// a hard negative (some other person closer than the positive — α plays no part) or a semi-hard one
// (farther than the positive but inside the margin — the band widens with α).
import { selectNegatives, type PairNegatives } from "facelab";

export interface Mining {
  alpha: number;
  pairs: PairNegatives[];
  /** Share of anchor–positive pairs with a hard negative in the batch. */
  hard: number;
  /** Share of anchor–positive pairs with a semi-hard negative in the batch. */
  semiHard: number;
}

/** The mining of `faces` (unit embeddings, one label each) at margin `alpha`. */
export function miningShares(faces: readonly { person: string; embedding: ArrayLike<number> }[], alpha: number): Mining {
  const pairs = selectNegatives(
    faces.map((f) => f.embedding),
    faces.map((f) => f.person),
    alpha,
  );
  const share = (test: (p: PairNegatives) => boolean) => (pairs.length ? pairs.filter(test).length / pairs.length : 0);
  return {
    alpha,
    pairs,
    hard: share((p) => p.hardest !== null && p.hardest.d < p.dPositive),
    semiHard: share((p) => p.semiHard !== null),
  };
}
