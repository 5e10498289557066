// The exercise "how many positive anchors does a face under 16 px get?", counted on the photo shown,
// at the step selected by the page's radio.
import { SRN } from "facelab";
import { msg } from "../i18n.js";
import type { TryThis } from "../tryThis.js";
import type { MatchedAnchors } from "./matchAnchors.js";
import type { PhotoFaces } from "./photoFaces.js";
import { positivesPerFace } from "./positivesPerFace.js";

/** The exercise card's content; `truth` and `matched` are undefined while the photo loads. */
export function smallFaceExercise(truth: PhotoFaces | undefined, matched: MatchedAnchors | undefined, stepName: string): TryThis {
  const t = msg.srn.trySmall;
  return {
    id: "small-face-positives",
    question: t.question,
    action: t.action,
    choices: t.choices,
    check: () => {
      if (!truth || !matched) throw new Error(t.loading);
      const { small, larger } = positivesPerFace(matched, truth.faces, stepName === "step one" ? SRN.stepOne : SRN.stepTwo);
      if (!small.faces) return { explain: t.noSmall };
      return {
        choice: t.choices[small.mean < 2 ? 0 : small.mean <= 5 ? 1 : 2],
        explain: t.explain(msg.srn.steps[stepName] ?? stepName, small.faces, small.mean.toFixed(1), small.onlyBest, larger.faces, larger.mean.toFixed(1)),
      };
    },
  };
}
