// The anchor view for a level and a step named as the page's radios name them ("P3", "step one"):
// the anchors labelled with that step's thresholds, drawn by anchorView.
import { labelAnchors, SRN, SRN_LEVELS } from "facelab";
import { anchorView } from "../anchorView.js";
import type { MatchedAnchors } from "./matchAnchors.js";
import type { PhotoFaces } from "./photoFaces.js";

export interface AnchorMatch {
  truth: PhotoFaces;
  matched: MatchedAnchors;
  levelName: string;
  stepName: "step one" | "step two";
}

/** The labelled anchors of one level over the photo. */
export function anchorMatchView({ truth, matched, levelName, stepName }: AnchorMatch, { width = 640 } = {}): HTMLElement {
  const labels = labelAnchors(matched.overlaps, stepName === "step one" ? SRN.stepOne : SRN.stepTwo);
  const level = SRN_LEVELS.findIndex((l) => l.name === levelName);
  return anchorView({ bitmap: truth.photo.bitmap, anchors: matched.anchors, faces: truth.faces, faceSource: truth.source, stepName, labels, level }, { width });
}
