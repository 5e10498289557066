// The answer to "how many pairs of different photos fall under the threshold?", from the live matrix.
import { distance } from "facelab";
import type { Answer } from "../tryThis.js";
import type { NamedFace } from "./largestFaces.js";

/** "none", "1–2" or "3 or more", with the closest pair. */
export function matrixAnswer(faces: readonly NamedFace[], threshold: number): Answer {
  if (faces.length < 2) throw new Error("the matrix needs two faces");
  const pairs = faces.flatMap((p, i) => faces.slice(i + 1).map((q) => ({ a: p.name, b: q.name, d: distance(p.unit, q.unit) })));
  const under = pairs.filter((p) => p.d < threshold);
  const closest = pairs.reduce((m, p) => (p.d < m.d ? p : m));
  return {
    choice: under.length === 0 ? "none" : under.length <= 2 ? "1–2" : "3 or more",
    explain: `${under.length} of the ${pairs.length} pairs are under ${threshold.toFixed(3)}. The closest pair is ${closest.a} – ${closest.b} at ${closest.d.toFixed(3)}.${
      under.length === 0 ? " With one photo per person, every cell off the diagonal should be above the threshold — and here it is." : ""
    }`,
  };
}
