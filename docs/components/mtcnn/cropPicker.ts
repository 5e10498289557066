// The crop R-Net or O-Net is opened up on: a select of the trace's crops, best-scoring first. For
// P-Net, which sees a whole pyramid level, a line naming the level instead.
import * as Inputs from "@observablehq/inputs";
import type { MtcnnTrace, NetName } from "facelab";

/** An element whose `value` is the chosen crop's index in the stage's input (null for P-Net or no crops). */
export function cropPicker(trace: MtcnnTrace, net: NetName, levelIndex: number): HTMLElement & { value: number | null } {
  if (net === "pnet" || trace[net].input.length === 0) {
    const note = Object.assign(document.createElement("p"), { value: null });
    const level = trace.levels[levelIndex];
    note.className = "muted";
    note.textContent =
      net === "pnet"
        ? level
          ? `P-Net runs on the whole pyramid level ${levelIndex} (${level.width}×${level.height} px): choose the level with the slider in section 2.`
          : "This photo has no pyramid level: lower the min face size."
        : `No crop reached ${net === "rnet" ? "R-Net" : "O-Net"} on this photo: try another photo or a lower P-Net threshold.`;
    return note;
  }
  const { scores } = trace[net];
  const order = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a]);
  const name = net === "rnet" ? "R-Net" : "O-Net";
  return Inputs.select(order, { label: `${name} crop`, value: order[0], format: (i: number) => `crop ${i + 1}: p(face) ${scores[i].toFixed(3)}` });
}
