// The precomputed distance for the pair the reader is looking at live: each live face matched to the
// recorded face of the same photo whose box centre is nearest (live and recorded boxes differ by a
// fraction of a pixel, and their order by score could differ).
import { distance, type Box } from "facelab";
import type { UnitFace } from "./facesOf.js";

const centre = (b: Box) => [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2];

/** The recorded face of `recorded` nearest `face`. */
function nearest(recorded: readonly UnitFace[], face: UnitFace): UnitFace | undefined {
  const [x, y] = centre(face.box);
  const gap = (f: UnitFace) => Math.hypot(centre(f.box)[0] - x, centre(f.box)[1] - y);
  return recorded.reduce<UnitFace | undefined>((best, f) => (!best || gap(f) < gap(best) ? f : best), undefined);
}

/** The distance between the recorded counterparts of faces `a` and `b`, or null when a photo has no record. */
export function matchedDistance(recordedA: readonly UnitFace[] | null, recordedB: readonly UnitFace[] | null, a: UnitFace, b: UnitFace): number | null {
  const [ra, rb] = [recordedA && nearest(recordedA, a), recordedB && nearest(recordedB, b)];
  return ra && rb ? distance(ra.unit, rb.unit) : null;
}
