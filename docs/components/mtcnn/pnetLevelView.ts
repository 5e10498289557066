// P-Net's probability map of one level painted over the photo, with its windows above the threshold —
// as P-Net placed them or after their box regression — and a line of counts under it.
import { regress } from "facelab";
import { drawBox } from "../draw.js";
import { heatmap } from "../heatmap.js";
import type { PnetLevel } from "./pnetLevel.js";

const DRAWN = 500; // windows drawn at most

/** The heatmap canvas and its caption, as a fragment. */
export function pnetLevelView(image: ImageBitmap, { index, map, threshold, candidates }: PnetLevel, { width = 640, regressed = false } = {}): DocumentFragment {
  const pc = heatmap(image, map, width);
  for (const c of candidates.slice(0, DRAWN)) {
    drawBox(pc, regressed ? regress(c.box, c.reg) : c.box, { color: regressed ? "rgba(52,199,89,0.9)" : "rgba(66,105,208,0.9)", lineWidth: 1 });
  }
  const caption = document.createElement("p");
  caption.className = "muted";
  caption.append(
    `Level ${index}: scale ${map.level.scale.toFixed(3)}, map ${map.cols}×${map.rows} cells, `,
    Object.assign(document.createElement("strong"), { textContent: String(candidates.length) }),
    ` windows with p ≥ ${threshold.toFixed(2)}${candidates.length > DRAWN ? ` (the first ${DRAWN} drawn)` : ""}. Each window's regression moves its edges by fractions of its size: switch to “after regression” to see them snap onto the faces.`,
  );
  const fragment = document.createDocumentFragment();
  fragment.append(pc.canvas, caption);
  return fragment;
}
