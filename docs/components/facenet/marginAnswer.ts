// The answer to "raise α from an easy triplet: what does it become first?", read from the explorer.
import type { Answer } from "../tryThis.js";
import type { TripletState } from "../tripletExplorer.js";

/** The slider's largest margin. */
const MAX_ALPHA = 1;

/** "semi-hard", "hard" or "it stays easy" for the current points, with the margin where it changes. */
export function marginAnswer(s: TripletState): Answer {
  const gap = s.dn - s.dp; // the triplet turns semi-hard once α exceeds this
  if (gap <= 0)
    return {
      choice: "hard",
      explain: `Your negative is already closer than the positive (‖a−n‖² = ${s.dn.toFixed(3)} < ‖a−p‖² = ${s.dp.toFixed(3)}): the triplet is hard whatever α is. Move N farther than P first.`,
    };
  const choice = gap < MAX_ALPHA ? "semi-hard" : "it stays easy";
  return {
    choice,
    explain: `‖a−n‖² − ‖a−p‖² = ${gap.toFixed(3)}, so the triplet is easy for α < ${gap.toFixed(3)} and semi-hard above${gap < MAX_ALPHA ? "" : ` (beyond this slider's ${MAX_ALPHA})`}. It can never become hard by raising α: "hard" compares the two distances alone; α only widens the semi-hard band.`,
  };
}
