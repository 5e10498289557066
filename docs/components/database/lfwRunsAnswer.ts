// Try-this answer: which LFW run's SVM does better, read from the two precomputed records.
import type { Answer } from "../tryThis.js";
import { runName, type ClassifierRun } from "./lfwClassifierRuns.js";
import { pct } from "../pct.js";

export const RUNS_CHOICES = ["the 40/35 run", "the 20/10 run", "they tie"] as const;

type Run = ClassifierRun & { perPerson: Record<string, { test: number }> };

/** The person with the most test photos in a run, and their share of the test set. */
function biggest(r: Run): { name: string; share: number } {
  const [name, { test }] = Object.entries(r.perPerson).reduce((m, e) => (e[1].test > m[1].test ? e : m));
  return { name: name.replace(/_/g, " "), share: test / r.testImages };
}

/** Compares the SVM (most probable person) of the 20/10 and the 40/35 runs. */
export function lfwRunsAnswer(small: Run, large: Run): Answer {
  const [a, b] = [small.accuracy.svm, large.accuracy.svm];
  const [bs, bl] = [biggest(small), biggest(large)];
  const choice = Math.abs(a - b) < 0.0005 ? RUNS_CHOICES[2] : b > a ? RUNS_CHOICES[0] : RUNS_CHOICES[1];
  return {
    choice,
    explain:
      `${runName(small)}: ${pct(a, 2)} on ${small.testImages.toLocaleString("en")} test photos of ${small.people} people; ` +
      `${runName(large)}: ${pct(b, 2)} on ${large.testImages.toLocaleString("en")} photos of ${large.people} people. ` +
      `The 40/35 run has more photos to learn each person from and fewer people to tell apart; but its test set is smaller and ` +
      `lopsided (${bl.name} alone is ${pct(bl.share, 0)} of it, against ${pct(bs.share, 0)} for ${bs.name} in the 20/10 run), ` +
      `so each test photo weighs more and the two figures are not measured on the same question.`,
  };
}
