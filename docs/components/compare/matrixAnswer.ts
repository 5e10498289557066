// The answer to "how many pairs of different photos fall under the threshold?", from the live matrix.
import { msg } from "../i18n.js";
import { distance } from "facelab";
import type { Answer } from "../tryThis.js";
import type { NamedFace } from "./largestFaces.js";

/** "none", "1–2" or "3 or more", with the closest pair. */
export function matrixAnswer(faces: readonly NamedFace[], threshold: number): Answer {
  const t = msg.compare;
  if (faces.length < 2) throw new Error(t.matrixNeedsTwo);
  const pairs = faces.flatMap((p, i) => faces.slice(i + 1).map((q) => ({ a: p.name, b: q.name, d: distance(p.unit, q.unit) })));
  const under = pairs.filter((p) => p.d < threshold);
  const closest = pairs.reduce((m, p) => (p.d < m.d ? p : m));
  return {
    choice: under.length === 0 ? t.matrixChoices.none : under.length <= 2 ? t.matrixChoices.few : t.matrixChoices.many,
    explain:
      t.matrixExplain(under.length, pairs.length, threshold.toFixed(3), closest.a, closest.b, closest.d.toFixed(3)) +
      (under.length === 0 ? t.matrixAllAbove : ""),
  };
}
