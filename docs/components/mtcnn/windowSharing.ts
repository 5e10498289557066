// What P-Net's fully convolutional pass saves on the chosen level: the multiply-adds of running it
// once per 12×12 window, against one pass over the whole level (both counted from the loaded weights).
import { netTotals } from "facelab";
import type { NetArchitectures } from "./netArchitectures.js";

const fmt = (n: number) => n.toLocaleString("en-US");

/** A sentence with the live counts, or an empty note without a level. */
export function windowSharing(arch: NetArchitectures): HTMLElement {
  const p = document.createElement("p");
  if (!arch.level) return p;
  const [rows, cols] = arch.level[arch.level.length - 1].output;
  const windows = rows * cols;
  const separately = windows * netTotals(arch.pnet).multiplyAdds;
  const together = netTotals(arch.level).multiplyAdds;
  p.textContent = `On this level P-Net scores ${fmt(windows)} windows (${cols} × ${rows}). Cropped and run one by one, they would cost ${fmt(separately)} multiply-adds; as one pass over the level, ${fmt(together)} — ${(separately / together).toFixed(1)} times fewer, because overlapping windows share their convolutions. (Live, from the counts above.)`;
  return p;
}
