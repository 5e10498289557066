// The answer to "raise α from an easy triplet: what does it become first?", read from the explorer.
import { msg } from "../i18n.js";
import type { Answer } from "../tryThis.js";
import type { TripletState } from "../tripletExplorer.js";

/** The slider's largest margin. */
const MAX_ALPHA = 1;

/** "semi-hard", "hard" or "it stays easy" for the current points, with the margin where it changes. */
export function marginAnswer(s: TripletState): Answer {
  const t = msg.facenet;
  const gap = s.dn - s.dp; // the triplet turns semi-hard once α exceeds this
  if (gap <= 0) return { choice: t.marginChoices.hard, explain: t.alreadyHard(s.dn.toFixed(3), s.dp.toFixed(3)) };
  const choice = gap < MAX_ALPHA ? t.marginChoices.semiHard : t.marginChoices.staysEasy;
  return { choice, explain: t.marginExplain(gap.toFixed(3), gap < MAX_ALPHA ? null : MAX_ALPHA) };
}
