// The share of a matching step's positive anchors that lie on the fine levels P2–P4.
import type { AnchorMatchStats } from "facelab";

/** Positives on P2–P4 over all positives of `step` (one of `AnchorMatchStats.steps`). */
export function lowPositiveShare(step: AnchorMatchStats["steps"][number]): number {
  const pos = step.levels.map((l) => l.positive);
  return (pos[0] + pos[1] + pos[2]) / pos.reduce((a, b) => a + b, 0);
}
