// "Try this": will more or fewer boxes survive this NMS at 0.3? Answered by running the library's own
// NMS on the stage's real candidates at the detector's threshold and at 0.3.
import { nms, type OverlapMode } from "facelab";
import { msg } from "../i18n.js";
import type { NmsInput } from "../nmsCandidates.js";
import { tryThis } from "../tryThis.js";

/** The exercise card for the candidates `data` of NMS stage `stage` (its id), measured by `mode`. */
export function nmsLowerExercise(data: NmsInput | null, stage: string, mode: OverlapMode): HTMLElement {
  const t = msg.mtcnn.nmsLower;
  const [more, fewer, same] = t.choices;
  return tryThis({
    id: "nms-lower",
    question: t.question,
    action: t.action,
    choices: t.choices,
    check: () => {
      if (!data) throw new Error(msg.mtcnn.noCandidates);
      const a = nms(data.boxes, data.scores, data.threshold, mode).length;
      const b = nms(data.boxes, data.scores, 0.3, mode).length;
      return {
        choice: b < a ? fewer : b > a ? more : same,
        explain: t.explain(data.boxes.length, msg.mtcnn.nmsStages[stage] ?? stage, a, data.threshold, b, mode === "min" ? "IoMin" : "IoU"),
      };
    },
  });
}
