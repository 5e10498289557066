// The highest mean best IoU over the face sizes with enough faces (over 1,000) to trust it.
import type { AnchorMatchStats } from "facelab";

/** The largest `meanBestIou` among the size bins of `stats` holding more than 1,000 faces. */
export function peakMeanBestIou(stats: AnchorMatchStats): number {
  return Math.max(...stats.bestIouBySize.filter((b) => b.faces > 1000).map((b) => b.meanBestIou));
}
