// The anchor view for a level and a step named as the page's radios name them ("P3", "step one"):
// the anchors labelled with that step's thresholds, drawn by anchorView.
import { labelAnchors, SRN, SRN_LEVELS } from "facelab";
import { anchorView } from "../anchorView.js";
import { msg } from "../i18n.js";
import type { MatchedAnchors } from "./matchAnchors.js";
import type { PhotoFaces } from "./photoFaces.js";

export interface AnchorMatch {
  truth: PhotoFaces;
  matched: MatchedAnchors;
  levelName: string;
  /** The step's key ("step one", "step two"), as the page's radio and the address hold it. */
  stepName: string;
}

/** The labelled anchors of one level over the photo. */
export function anchorMatchView({ truth, matched, levelName, stepName }: AnchorMatch, { width = 640 } = {}): HTMLElement {
  const labels = labelAnchors(matched.overlaps, stepName === "step one" ? SRN.stepOne : SRN.stepTwo);
  const level = SRN_LEVELS.findIndex((l) => l.name === levelName);
  return anchorView(
    {
      bitmap: truth.photo.bitmap,
      anchors: matched.anchors,
      faces: truth.faces,
      faceSource: truth.source,
      stepName: msg.srn.steps[stepName] ?? stepName,
      labels,
      level,
    },
    { width },
  );
}
