// facenet's classifier.py experiment on LFW (people with at least 20 photos, 10 each for training),
// as `facelab classifier` measured it (`_data/classifier/lfw-min20.json`): three accuracy cards and
// a line saying what was measured, and when.
import { pct } from "./pct.js";

interface Count {
  svm: number;
  centroidNearest: number;
  of: number;
}

/** The measured report (the fields the cards show). */
export interface LfwMin20 {
  svm: { cost: number };
  accuracy: { svm: number; centroidNearest: number; centroidWithUnknown: number };
  correct: Count;
  threshold: number;
  people: number;
  trainImages: number;
  testImages: number;
  pipeline: string;
  date: string;
}

const n = (x: number) => x.toLocaleString("en");

function card(title: string, value: string, note: string): HTMLElement {
  const div = Object.assign(document.createElement("div"), { className: "card" });
  div.append(
    Object.assign(document.createElement("h2"), { textContent: title }),
    Object.assign(document.createElement("span"), { className: "big", textContent: value }),
    Object.assign(document.createElement("p"), { className: "muted", textContent: note }),
  );
  return div;
}

/** The cards and the measured-on line. */
export function lfwClassifierCards(r: LfwMin20): HTMLElement {
  const grid = Object.assign(document.createElement("div"), { className: "grid grid-cols-3", id: "lfw-min20" });
  grid.append(
    card(`Linear SVM (C = ${r.svm.cost})`, pct(r.accuracy.svm, 2), `${n(r.correct.svm)} of ${n(r.correct.of)} test photos`),
    card("Nearest centroid", pct(r.accuracy.centroidNearest, 2), `${n(r.correct.centroidNearest)} of ${n(r.correct.of)}`),
    card(`Centroid, “unknown” beyond ${r.threshold}`, pct(r.accuracy.centroidWithUnknown, 2), "a face too far from everyone counts as wrong"),
  );
  const note = Object.assign(document.createElement("p"), {
    className: "muted",
    textContent: `${r.people} people, ${n(r.trainImages)} training and ${n(r.testImages)} test photos; ${r.pipeline}. Measured ${r.date.slice(0, 10)}.`,
  });
  const root = document.createElement("div");
  root.append(grid, note);
  return root;
}
