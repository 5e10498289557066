// The answer to "is any face of the group photo under the threshold to photo A's face?", from the
// faces the page found and embedded.
import { distance } from "facelab";
import type { Answer } from "../tryThis.js";
import type { UnitFace } from "./facesOf.js";

/** "yes" or "no", with the closest face of photo B and its distance. */
export function groupPhotoAnswer(a: UnitFace | undefined, facesB: readonly UnitFace[], threshold: number): Answer {
  if (!a) throw new Error("photo A has no face yet");
  if (!facesB.length) throw new Error("photo B has no face yet");
  const d = facesB.map((f) => distance(a.unit, f.unit));
  const best = d.indexOf(Math.min(...d));
  const yes = d[best] < threshold;
  return {
    choice: yes ? "yes" : "no",
    explain: `The closest of the ${facesB.length} faces in photo B is face ${best + 1}, at ${d[best].toFixed(3)}; the others are at ${d
      .filter((_, i) => i !== best)
      .map((x) => x.toFixed(2))
      .join(
        ", ",
      )}. The threshold is ${threshold.toFixed(3)}, so ${yes ? "that face would be taken for the same person" : "every face is judged a different person"}.`,
  };
}
