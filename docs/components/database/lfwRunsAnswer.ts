// Try-this answer: which LFW run's SVM does better, read from the two precomputed records.
import type { Answer } from "../tryThis.js";
import { runName, type ClassifierRun } from "./lfwClassifierRuns.js";
import { pct } from "../pct.js";
import { formatNumber, msg } from "../i18n.js";

export const RUNS_CHOICES = msg.database.runsChoices;

type Run = ClassifierRun & { perPerson: Record<string, { test: number }> };

/** The person with the most test photos in a run, and their share of the test set. */
function biggest(r: Run): { name: string; share: number } {
  // LFW's folder names ("George_W_Bush") are names, the same in every language
  const [name, { test }] = Object.entries(r.perPerson).reduce((m, e) => (e[1].test > m[1].test ? e : m));
  return { name: name.replace(/_/g, " "), share: test / r.testImages };
}

/** Compares the SVM (most probable person) of the 20/10 and the 40/35 runs. */
export function lfwRunsAnswer(small: Run, large: Run): Answer {
  const [a, b] = [small.accuracy.svm, large.accuracy.svm];
  const [bs, bl] = [biggest(small), biggest(large)];
  const choice = Math.abs(a - b) < 0.0005 ? RUNS_CHOICES[2] : b > a ? RUNS_CHOICES[0] : RUNS_CHOICES[1];
  const side = (r: Run, acc: number, big: { name: string; share: number }) => ({
    name: runName(r),
    acc: pct(acc, 2),
    test: formatNumber(r.testImages),
    people: r.people,
    biggest: big.name,
    share: pct(big.share, 0),
  });
  return { choice, explain: msg.database.runsExplain(side(small, a, bs), side(large, b, bl)) };
}
