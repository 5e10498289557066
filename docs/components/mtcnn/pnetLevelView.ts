// P-Net's probability map of one level painted over the photo, with its windows above the threshold —
// as P-Net placed them or after their box regression — and a line of counts under it.
import { regress } from "facelab";
import { drawBox } from "../draw.js";
import { heatmap } from "../heatmap.js";
import type { PnetLevel } from "./pnetLevel.js";
import { msg } from "../i18n.js";

const DRAWN = 500; // windows drawn at most

/** The heatmap canvas and its caption, as a fragment. */
export async function pnetLevelView(
  image: ImageBitmap,
  { index, map, threshold, candidates }: PnetLevel,
  { width = 640, regressed = false } = {},
): Promise<DocumentFragment> {
  const pc = await heatmap(image, map, width);
  for (const c of candidates.slice(0, DRAWN)) {
    drawBox(pc, regressed ? regress(c.box, c.reg) : c.box, { color: regressed ? "rgba(52,199,89,0.9)" : "rgba(66,105,208,0.9)", lineWidth: 1 });
  }
  const caption = document.createElement("p");
  caption.className = "muted";
  caption.append(
    msg.mtcnn.levelCaption(index, map.level.scale.toFixed(3), map.cols, map.rows),
    Object.assign(document.createElement("strong"), { textContent: String(candidates.length) }),
    msg.mtcnn.levelWindows(threshold.toFixed(2), candidates.length > DRAWN ? msg.mtcnn.firstDrawn(DRAWN) : ""),
  );
  const fragment = document.createDocumentFragment();
  fragment.append(pc.canvas, caption);
  return fragment;
}
