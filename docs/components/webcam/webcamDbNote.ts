// What names the webcam's faces, in one line: the trained SVM, the people's mean faces (the SVM is not
// trained, or stale), or nobody (an empty database), with a link to the database page.
import type { Recogniser } from "../recogniser.js";

const link = (text: string) => Object.assign(document.createElement("a"), { href: "./database", textContent: text });

/** `<p id="webcam-db">` for `recognise` over `db`; `threshold` is the "unknown" distance. */
export function webcamDbNote(recognise: Recogniser, db: { people: unknown[]; model?: unknown }, threshold: number): HTMLParagraphElement {
  const p = document.createElement("p");
  p.id = "webcam-db";
  const n = db.people.length;
  if (recognise.mode === "svm")
    p.append(`Recognising the ${n} people of your face database with its trained SVM; “unknown” beyond distance ${threshold.toFixed(2)} from everyone.`);
  else if (recognise.mode === "centroids")
    p.append(
      `Recognising the ${n} people of your face database by their nearest mean face (the SVM is not trained${db.model ? " since the last change" : ""}: `,
      link("train it"),
      " to see probabilities).",
    );
  else p.append("Your face database is empty, so every face is “unknown”. ", link("Enroll some people"), " to see names.");
  return p;
}
