// SRN's anchors on a photo: the chosen pyramid level's anchors drawn to scale over the image, coloured by
// how they match the ground-truth faces at the chosen step — positive (green), ignored (amber, dashed),
// negative (a faint dot at the anchor's centre) — with the faces in blue and the level's two anchor shapes
// drawn in the corner. Labels come from facelab's anchorOverlaps / labelAnchors; nothing is estimated.
import { POSITIVE, IGNORED, type AnchorSet, type Box } from "facelab";
import { drawBox, photoCanvas } from "./draw.js";
import { msg } from "./i18n.js";

export interface AnchorViewData {
  bitmap: ImageBitmap;
  anchors: AnchorSet;
  labels: Int8Array;
  faces: Box[];
  level: number;
  /** Where the faces come from, for the legend (in the page's language). */
  faceSource: string;
  /** The step as the legend names it (in the page's language). */
  stepName: string;
}

const fmt = (n: number) => n.toLocaleString("en-US");

/** The canvas and a one-line count summary (class `anchor-count`). */
export function anchorView({ bitmap, anchors, labels, faces, level, faceSource, stepName }: AnchorViewData, { width = 640 } = {}): HTMLElement {
  const l = anchors.levels[level];
  const pc = photoCanvas(bitmap, width);
  const { ctx, k } = pc;
  const at = (i: number): Box => [anchors.boxes[4 * i], anchors.boxes[4 * i + 1], anchors.boxes[4 * i + 2], anchors.boxes[4 * i + 3]];
  let positive = 0,
    ignored = 0;
  ctx.fillStyle = "rgba(255,255,255,0.55)";
  const dot = Math.max(1, Math.min(2.5, l.stride * k * 0.25));
  for (let i = l.offset; i < l.offset + l.count; i++) {
    if (labels[i] === POSITIVE) positive++;
    else if (labels[i] === IGNORED) ignored++;
    else if ((i - l.offset) % l.shapes.length === 0) {
      // one dot per cell for negatives
      const [x1, y1, x2, y2] = at(i);
      ctx.fillRect(((x1 + x2) / 2) * k - dot / 2, ((y1 + y2) / 2) * k - dot / 2, dot, dot);
    }
  }
  for (let i = l.offset; i < l.offset + l.count; i++) {
    if (labels[i] === IGNORED) drawBox(pc, at(i), { color: "#efb118", lineWidth: 1, dash: [3, 2] });
  }
  for (const f of faces) drawBox(pc, f, { color: "#4269d0", lineWidth: 2 });
  for (let i = l.offset; i < l.offset + l.count; i++) {
    if (labels[i] === POSITIVE) drawBox(pc, at(i), { color: "#34c759", lineWidth: 2 });
  }
  // The level's anchor shapes, to scale, around the centre of the cell that fits them both at the top left.
  const sizes = l.shapes.map(([w, h]) => Math.round(Math.sqrt(w * h)));
  const [mw, mh] = l.shapes[l.shapes.length - 1];
  const [cx, cy] = [4 + mw / 2, 20 / k + mh / 2];
  l.shapes.forEach(([w, h], s) =>
    drawBox(pc, [cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2], {
      color: "#ff725c",
      lineWidth: 2,
      label: s === l.shapes.length - 1 ? msg.srn.shapesLabel(l.name, sizes.join(" & ")) : undefined,
    }),
  );
  const root = document.createElement("figure");
  root.className = "anchor-view";
  const caption = document.createElement("figcaption");
  caption.innerHTML =
    `<span class="anchor-count">${msg.srn.anchorCount(l.name, stepName, fmt(l.count), l.cols, l.rows, l.shapes.length, fmt(positive), fmt(ignored), fmt(l.count - positive - ignored))}</span>` +
    `<br><span class="muted">${msg.srn.anchorLegend(fmt(faces.length), faceSource)}</span>`;
  root.append(pc.canvas, caption);
  return root;
}
