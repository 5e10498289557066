// What P-Net's fully convolutional pass saves on the chosen level: the multiply-adds of running it
// once per 12×12 window, against one pass over the whole level (both counted from the loaded weights).
import { netTotals } from "facelab";
import type { NetArchitectures } from "./netArchitectures.js";
import { formatNumber as fmt, msg } from "../i18n.js";

/** A sentence with the live counts, or an empty note without a level. */
export function windowSharing(arch: NetArchitectures): HTMLElement {
  const p = document.createElement("p");
  if (!arch.level) return p;
  const [rows, cols] = arch.level[arch.level.length - 1].output;
  const windows = rows * cols;
  const separately = windows * netTotals(arch.pnet).multiplyAdds;
  const together = netTotals(arch.level).multiplyAdds;
  p.textContent = msg.mtcnn.windowSharing(fmt(windows), cols, rows, fmt(separately), fmt(together), (separately / together).toFixed(1));
  return p;
}
