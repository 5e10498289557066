// The answer to "make the triplet hard: what will the loss be?", read from the explorer as it is now.
import { msg } from "../i18n.js";
import type { Answer } from "../tryThis.js";
import type { TripletState } from "../tripletExplorer.js";

/** Which of "0", "between 0 and α", "more than α" the current loss is, and why. */
export function hardLossAnswer(s: TripletState): Answer {
  const t = msg.facenet;
  const choice = s.loss === 0 ? t.hardLossChoices.zero : s.loss <= s.alpha ? t.hardLossChoices.between : t.hardLossChoices.more;
  const figures = t.lossFigures(s.dp.toFixed(3), s.dn.toFixed(3), s.alpha, s.loss.toFixed(3));
  if (s.kind !== "hard") return { choice, explain: t.notHardYet(t.kinds[s.kind], figures) };
  return { choice, explain: t.hardExplain(figures) };
}
