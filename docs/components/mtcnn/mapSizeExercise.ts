// "Try this": how large is P-Net's output map for the chosen pyramid level? Answered from the live
// layer shapes of the loaded P-Net on that level.
import type { NetLayer } from "facelab";
import { tryThis } from "../tryThis.js";
import { msg } from "../i18n.js";

/** The exercise card for P-Net on `level` (its layers on the page's pyramid level), or a note without one. */
export function mapSizeExercise(level: readonly NetLayer[] | null): HTMLElement {
  const t = msg.mtcnn.mapSize;
  const CHOICES = t.choices;
  return tryThis({
    id: "pnet-map-size",
    question: t.question,
    action: t.action,
    choices: CHOICES,
    check: () => {
      if (!level) return { explain: t.noLevel };
      const [h, w] = level[0].input;
      const [mh, mw] = level[level.length - 1].output;
      const guesses = [w, w / 2, w / 12].map((g) => Math.abs(g - mw));
      const choice = CHOICES[guesses.indexOf(Math.min(...guesses))];
      return {
        choice,
        explain: t.explain(w, h, mw, mh),
      };
    },
  });
}
