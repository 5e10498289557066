// The answer to "after training, is the share of active triplets higher or lower?", from the live
// training curves.
import type { Answer } from "../tryThis.js";
import type { TrainingProgress } from "../tripletTraining.js";

const STEPS = 50; // the exercise asks for this many steps
const mean = (xs: readonly { y: number }[]) => xs.reduce((s, p) => s + p.y, 0) / xs.length;

/** "lower", "higher" or "about the same", comparing the first and the last five steps. */
export function activeShareAnswer(p: TrainingProgress): Answer {
  if (p.step < STEPS) throw new Error(`train for ${STEPS} steps first: ${p.step} so far`);
  const first = mean(p.active.slice(0, 5)),
    last = mean(p.active.slice(-5));
  const choice = last < first - 0.01 ? "lower" : last > first + 0.01 ? "higher" : "about the same";
  return {
    choice,
    explain: `Active triplets: ${(100 * first).toFixed(1)} % over steps 1–5, ${(100 * last).toFixed(1)} % over steps ${p.step - 4}–${p.step}. As the embedding learns, more triplets satisfy the margin and stop contributing — which is why FaceNet has to mine ever harder triplets as training goes on.`,
  };
}
