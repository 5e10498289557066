// What names the webcam's faces, in one line: the trained SVM, the people's mean faces (the SVM is not
// trained, or stale), or nobody (an empty database), with a link to the database page.
import type { Recogniser } from "../recogniser.js";
import { msg } from "../i18n.js";

const link = (text: string) => Object.assign(document.createElement("a"), { href: "./database", textContent: text });

/** `<p id="webcam-db">` for `recognise` over `db`; `threshold` is the "unknown" distance. */
export function webcamDbNote(recognise: Recogniser, db: { people: unknown[]; model?: unknown }, threshold: number): HTMLParagraphElement {
  const p = document.createElement("p");
  p.id = "webcam-db";
  const n = db.people.length;
  const t = msg.webcam;
  if (recognise.mode === "svm") p.append(t.dbSvm(n, threshold.toFixed(2)));
  else if (recognise.mode === "centroids") p.append(t.dbCentroids(n, Boolean(db.model)), link(t.trainIt), t.toSeeProbabilities);
  else p.append(t.dbEmpty, link(t.enrolSome), t.toSeeNames);
  return p;
}
