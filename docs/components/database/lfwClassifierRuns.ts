// facenet's classifier.py experiment on LFW, as `facelab classifier` measured it (the records in
// data/classifier/lfw-min*.json): one column per run — people, training and test photos, the SVM's
// and the centroid matcher's accuracy — and under the table, for each run, that it is precomputed,
// by which commands, when, and how long it took.
import { pct } from "../pct.js";
import { formatNumber, msg } from "../i18n.js";

const t = msg.database;

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

const n = (x: number) => formatNumber(x);
const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text = "", className = "") =>
  Object.assign(document.createElement(tag), { textContent: text, className });

/** The column heading of a run, e.g. "≥ 40 photos, 35 train". */
export const runName = (r: ClassifierRun) => t.runName(r.split.minImages, r.split.trainImages);

type Row = [string, (r: ClassifierRun) => string];
const ROWS: Row[] = [
  [t.runRows.people, (r) => n(r.people)],
  [t.runRows.trainImages, (r) => n(r.trainImages)],
  [t.runRows.testImages, (r) => n(r.testImages)],
  [t.runRows.svm, (r) => `${pct(r.accuracy.svm, 2)} (${n(r.correct.svm)})`],
  [t.runRows.svmDecision, (r) => `${pct(r.accuracy.svmDecision, 2)} (${n(r.correct.svmDecision)})`],
  [t.runRows.centroidNearest, (r) => `${pct(r.accuracy.centroidNearest, 2)} (${n(r.correct.centroidNearest)})`],
  [t.runRows.centroidWithUnknown, (r) => `${pct(r.accuracy.centroidWithUnknown, 2)} (${n(r.correct.centroidWithUnknown)})`],
  [t.runRows.farthest, (r) => r.farthest.toFixed(3)],
];

/** Where a run's numbers come from, without the machine-specific dataset path. */
function source(r: ClassifierRun): HTMLElement {
  const p = el("p", "", "figure-source");
  p.append(t.runSource(runName(r), r.date.slice(0, 10), Math.round(r.wallSeconds / 60)));
  r.commands.forEach((c, i) => p.append(i ? t.runThen : "", el("code", c.replace(/\S*\/(lfw-deepfunneled)/, "$1"))));
  p.append(t.runSourceEnd(r.svm.cost, r.threshold));
  return p;
}

/** The comparison table and one source line per run. */
export function lfwClassifierRuns(runs: readonly ClassifierRun[]): HTMLElement {
  const root = el("div");
  root.id = "lfw-classifier-runs";
  const table = el("table", "", "lfw-runs");
  table.append(el("caption", t.runsCaption));
  const head = table.createTHead().insertRow();
  head.append(Object.assign(el("th", t.measure), { scope: "col" }), ...runs.map((r) => Object.assign(el("th", runName(r)), { scope: "col" })));
  const body = table.createTBody();
  for (const [label, value] of ROWS) {
    const tr = body.insertRow();
    tr.append(Object.assign(el("th", label), { scope: "row" }), ...runs.map((r) => el("td", value(r))));
  }
  root.append(table, ...runs.map(source));
  return root;
}
