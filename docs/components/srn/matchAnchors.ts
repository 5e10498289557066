// Every SRN anchor tiled over a photo's own size, with its overlaps with the photo's faces — computed
// once per photo, so changing the level or the step only relabels.
import { anchorOverlaps, tileAnchors, type AnchorOverlaps, type AnchorSet } from "facelab";
import type { PhotoFaces } from "./photoFaces.js";

export interface MatchedAnchors {
  anchors: AnchorSet;
  overlaps: AnchorOverlaps;
}

/** The anchors of `photo` and their overlaps with `faces`. */
export function matchAnchors({ photo, faces }: PhotoFaces): MatchedAnchors {
  const anchors = tileAnchors(photo.bitmap.width, photo.bitmap.height);
  return { anchors, overlaps: anchorOverlaps(anchors, faces) };
}
