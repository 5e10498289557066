// The answer to "after training, is the share of active triplets higher or lower?", from the live
// training curves.
import { msg } from "../i18n.js";
import type { Answer } from "../tryThis.js";
import type { TrainingProgress } from "../tripletTraining.js";

const STEPS = 50; // the exercise asks for this many steps
const mean = (xs: readonly { y: number }[]) => xs.reduce((s, p) => s + p.y, 0) / xs.length;

/** "lower", "higher" or "about the same", comparing the first and the last five steps. */
export function activeShareAnswer(p: TrainingProgress): Answer {
  const t = msg.facenet;
  if (p.step < STEPS) throw new Error(t.trainFirst(STEPS, p.step));
  const first = mean(p.active.slice(0, 5)),
    last = mean(p.active.slice(-5));
  const choice = last < first - 0.01 ? t.activeChoices.lower : last > first + 0.01 ? t.activeChoices.higher : t.activeChoices.same;
  return { choice, explain: t.activeExplain(`${(100 * first).toFixed(1)} %`, `${(100 * last).toFixed(1)} %`, p.step - 4, p.step) };
}
