// The crop R-Net or O-Net is opened up on: a select of the trace's crops, best-scoring first. For
// P-Net, which sees a whole pyramid level, a line naming the level instead.
import * as Inputs from "@observablehq/inputs";
import type { MtcnnTrace, NetName } from "facelab";
import { msg } from "../i18n.js";

/** An element whose `value` is the chosen crop's index in the stage's input (null for P-Net or no crops). */
export function cropPicker(trace: MtcnnTrace, net: NetName, levelIndex: number): HTMLElement & { value: number | null } {
  if (net === "pnet" || trace[net].input.length === 0) {
    const note = Object.assign(document.createElement("p"), { value: null });
    const level = trace.levels[levelIndex];
    note.className = "muted";
    note.textContent =
      net === "pnet"
        ? level
          ? msg.mtcnn.pnetWholeLevel(levelIndex, `${level.width}×${level.height}`)
          : msg.mtcnn.noLevelLower
        : msg.mtcnn.noCrop(msg.mtcnn.nets[net]);
    return note;
  }
  const { scores } = trace[net];
  const order = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a]);
  return Inputs.select(order, {
    label: msg.mtcnn.cropLabel(msg.mtcnn.nets[net]),
    value: order[0],
    format: (i: number) => msg.mtcnn.cropOption(i + 1, scores[i].toFixed(3)),
  });
}
