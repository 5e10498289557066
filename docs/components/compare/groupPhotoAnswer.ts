// The answer to "is any face of the group photo under the threshold to photo A's face?", from the
// faces the page found and embedded.
import { msg } from "../i18n.js";
import { distance } from "facelab";
import type { Answer } from "../tryThis.js";
import type { UnitFace } from "./facesOf.js";

/** "yes" or "no", with the closest face of photo B and its distance; `isGroup`: photo B is the group photo. */
export function groupPhotoAnswer(a: UnitFace | undefined, facesB: readonly UnitFace[], threshold: number, isGroup = true): Answer {
  const t = msg.compare;
  if (!isGroup) throw new Error(t.chooseGroupFirst);
  if (!a) throw new Error(t.noFaceA);
  if (!facesB.length) throw new Error(t.noFaceB);
  const d = facesB.map((f) => distance(a.unit, f.unit));
  const best = d.indexOf(Math.min(...d));
  const yes = d[best] < threshold;
  const others = d
    .filter((_, i) => i !== best)
    .map((x) => x.toFixed(2))
    .join(", ");
  return {
    choice: yes ? t.yesNo.yes : t.yesNo.no,
    explain: t.groupExplain(facesB.length, best + 1, d[best].toFixed(3), others, threshold.toFixed(3), yes),
  };
}
