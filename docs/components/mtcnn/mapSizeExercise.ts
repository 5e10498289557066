// "Try this": how large is P-Net's output map for the chosen pyramid level? Answered from the live
// layer shapes of the loaded P-Net on that level.
import type { NetLayer } from "facelab";
import { tryThis } from "../tryThis.js";

const CHOICES = ["the same size as the level", "about half its width and height", "about a twelfth of its width and height"];

/** The exercise card for P-Net on `level` (its layers on the page's pyramid level), or a note without one. */
export function mapSizeExercise(level: readonly NetLayer[] | null): HTMLElement {
  return tryThis({
    id: "pnet-map-size",
    question: "P-Net scores one 12×12 window per cell of its output map. How large is that map, compared with the pyramid level it runs on?",
    action: "Choose P-Net, press its face-probability head (conv4-1) and read the shapes; change the level with the slider in section 2.",
    choices: CHOICES,
    check: () => {
      if (!level) return { explain: "This photo has no pyramid level: lower the min face size first." };
      const [h, w] = level[0].input;
      const [mh, mw] = level[level.length - 1].output;
      const guesses = [w, w / 2, w / 12].map((g) => Math.abs(g - mw));
      const choice = CHOICES[guesses.indexOf(Math.min(...guesses))];
      return {
        choice,
        explain: `This level is ${w}×${h} px and P-Net's maps are ${mw}×${mh}. conv1 trims 2 px, the 2×2 pool halves, conv2 and conv3 trim 2 px each: ceil((${w} − 2) / 2) − 4 = ${mw}. The windows are 12 px wide but only 2 px apart, so neighbouring windows overlap by 10 px — a stride of 2, not of 12.`,
      };
    },
  });
}
