// facenet's classifier.py experiment on LFW, as `facelab classifier` measured it (the records in
// data/classifier/lfw-min*.json): one column per run — people, training and test photos, the SVM's
// and the centroid matcher's accuracy — and under the table, for each run, that it is precomputed,
// by which commands, when, and how long it took.
import { pct } from "../pct.js";

/** The fields of a run record that the table shows (written by scripts/classifierSummary.ts). */
export interface ClassifierRun {
  split: { minImages: number; trainImages: number };
  svm: { cost: number };
  threshold: number;
  people: number;
  trainImages: number;
  testImages: number;
  accuracy: { svm: number; svmDecision: number; centroidNearest: number; centroidWithUnknown: number };
  correct: { svm: number; svmDecision: number; centroidNearest: number; centroidWithUnknown: number; of: number };
  /** The largest distance of a test face to its nearest mean face. */
  farthest: number;
  commands: string[];
  date: string;
  wallSeconds: number;
}

const n = (x: number) => x.toLocaleString("en");
const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text = "", className = "") =>
  Object.assign(document.createElement(tag), { textContent: text, className });

/** The column heading of a run, e.g. "≥ 40 photos, 35 train". */
export const runName = (r: ClassifierRun) => `≥ ${r.split.minImages} photos, ${r.split.trainImages} train`;

type Row = [string, (r: ClassifierRun) => string];
const ROWS: Row[] = [
  ["People", (r) => n(r.people)],
  ["Training photos", (r) => n(r.trainImages)],
  ["Test photos", (r) => n(r.testImages)],
  ["SVM, most probable person (classifier.py)", (r) => `${pct(r.accuracy.svm, 2)} (${n(r.correct.svm)})`],
  ["SVM, one-vs-one vote (scikit-learn predict)", (r) => `${pct(r.accuracy.svmDecision, 2)} (${n(r.correct.svmDecision)})`],
  ["Nearest mean face", (r) => `${pct(r.accuracy.centroidNearest, 2)} (${n(r.correct.centroidNearest)})`],
  ["Nearest mean face, “unknown” beyond the threshold", (r) => `${pct(r.accuracy.centroidWithUnknown, 2)} (${n(r.correct.centroidWithUnknown)})`],
  ["Farthest test face from its nearest mean face", (r) => r.farthest.toFixed(3)],
];

/** Where a run's numbers come from, without the machine-specific dataset path. */
function source(r: ClassifierRun): HTMLElement {
  const p = el("p", "", "figure-source");
  p.append(`${runName(r)}: precomputed on ${r.date.slice(0, 10)} (${Math.round(r.wallSeconds / 60)} min wall time on 2 shared CPU cores) with `);
  r.commands.forEach((c, i) => p.append(i ? " then " : "", el("code", c.replace(/\S*\/(lfw-deepfunneled)/, "$1"))));
  p.append(`; SVM cost C = ${r.svm.cost}, “unknown” beyond distance ${r.threshold}.`);
  return p;
}

/** The comparison table and one source line per run. */
export function lfwClassifierRuns(runs: readonly ClassifierRun[]): HTMLElement {
  const root = el("div");
  root.id = "lfw-classifier-runs";
  const table = el("table", "", "lfw-runs");
  table.append(el("caption", "facenet's classifier.py experiment on LFW, measured with this site's pipeline (precomputed)"));
  const head = table.createTHead().insertRow();
  head.append(Object.assign(el("th", "Measure"), { scope: "col" }), ...runs.map((r) => Object.assign(el("th", runName(r)), { scope: "col" })));
  const body = table.createTBody();
  for (const [label, value] of ROWS) {
    const tr = body.insertRow();
    tr.append(Object.assign(el("th", label), { scope: "row" }), ...runs.map((r) => el("td", value(r))));
  }
  root.append(table, ...runs.map(source));
  return root;
}
