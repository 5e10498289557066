/**
 * Figures of one MTCNN race (docs/components/performance/liveRace.ts): per contender the first call, the
 * warm-up round, the median / min / max ms per image over the timed rounds; the time ratio; how far
 * the two agree (faces matched one-to-one at IoU ≥ 0.5) and, when a reference is given, each one's
 * recall of the reference faces at IoU ≥ 0.5. Pure: runs on the race's plain JSON. Shared by the
 * Performance page's live race and `npm run bench:browser` (bench/mtcnnBrowser.ts), so both report
 * the same figures.
 */
import { matchBoxes } from "../core/matchBoxes.js";
import type { Box } from "../core/types.js";
import { median } from "../math/statistics.js";
import { perImageMedians, type ContenderRuns } from "./mtcnnRace.js";

const MATCH_IOU = 0.5;

function contender(c: ContenderRuns) {
  const all = c.runs.flat();
  const perImage = perImageMedians(c.runs);
  return {
    name: c.name,
    firstMs: c.firstMs,
    warmupMedianMs: median(c.warmupMs),
    medianMs: median(all),
    minMs: Math.min(...all),
    maxMs: Math.max(...all),
    perImageMedianMs: perImage,
    totalOfMediansMs: perImage.reduce((s, x) => s + x, 0),
    faces: c.boxes.reduce((s, b) => s + b.length, 0),
  };
}

/** Reference faces matched by `boxes`, photo by photo. */
function recall(reference: Box[][], boxes: Box[][]): { matched: number; of: number; recall: number } {
  const of = reference.reduce((s, r) => s + r.length, 0);
  const matched = reference.reduce((s, r, i) => s + matchBoxes(r, boxes[i] ?? [], MATCH_IOU).length, 0);
  return { matched, of, recall: of ? matched / of : NaN };
}

/** Summarises a race; `reference[i]` are the reference boxes of photo i (full-size photos only). */
export function summariseRace(ours: ContenderRuns, theirs: ContenderRuns, reference?: Box[][]) {
  const a = contender(ours);
  const b = contender(theirs);
  const matched = ours.boxes.reduce((s, boxes, i) => s + matchBoxes(boxes, theirs.boxes[i], MATCH_IOU).length, 0);
  return {
    facelab: a,
    faceApi: b,
    ratio: a.medianMs / b.medianMs,
    ratioOfTotals: a.totalOfMediansMs / b.totalOfMediansMs,
    agreement: { matched, facelabFaces: a.faces, faceApiFaces: b.faces, f1: (2 * matched) / (a.faces + b.faces || 1) },
    recall: reference ? { facelab: recall(reference, ours.boxes), faceApi: recall(reference, theirs.boxes) } : null,
  };
}
