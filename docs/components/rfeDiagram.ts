// The Receptive Field Enhancement block as an SVG: input → four branches (1×1 reduce, a 1×k or k×1
// convolution, 1×1) → concatenate → 1×1 → add the input. Each branch is labelled with its receptive
// field (computed by facelab's receptiveField) and a small rectangle of that shape, in feature cells.
import { arrowMarker, s } from "./svg.js";

export interface RfeBranchField {
  name: string;
  block: { height: number; width: number };
  head: { height: number; width: number };
}

/** The block for the branch fields from `rfeFields()`. */
export function rfeDiagram(branches: RfeBranchField[], { width = 640 } = {}): SVGElement {
  const W = Math.max(340, Math.min(width, 720));
  const H = 300;
  const colW = (W - 20) / 4;
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, width: W, class: "rfe-diagram", role: "img", "aria-label": "RFE block" }, arrowMarker("rfe-arrow"));
  const node = (x: number, y: number, w: number, label: string, cls = "") =>
    s(
      "g",
      { class: `rfe-node ${cls}` },
      s("rect", { x: x - w / 2, y, width: w, height: 24, rx: 4 }),
      s("text", { x, y: y + 16, "text-anchor": "middle" }, label),
    );
  const arrow = (x1: number, y1: number, x2: number, y2: number) => s("line", { x1, y1, x2, y2, class: "srn-link", "marker-end": "url(#rfe-arrow)" });
  svg.append(node(W / 2, 4, 150, "input: 256 channels"));
  branches.forEach((b, i) => {
    const x = 10 + colW * (i + 0.5);
    const bw = Math.min(colW - 8, 96);
    const [kh, kw] = [b.block.height, b.block.width];
    svg.append(
      arrow(W / 2, 28, x, 44),
      node(x, 46, bw, "1×1 → 64"),
      arrow(x, 70, x, 82),
      node(x, 84, bw, `${kh}×${kw}`, "rfe-k"),
      arrow(x, 108, x, 120),
      node(x, 122, bw, "1×1"),
    );
    const cell = 7;
    const g = s("g", { class: "rfe-field" });
    for (let r = 0; r < kh; r++)
      for (let c = 0; c < kw; c++) g.append(s("rect", { x: x - (kw * cell) / 2 + c * cell, y: 156 + r * cell, width: cell - 1, height: cell - 1 }));
    svg.append(
      g,
      s("text", { x, y: 156 + 5 * cell + 14, "text-anchor": "middle", class: "rfe-caption" }, `field ${kh}×${kw} cells`),
      s("text", { x, y: 156 + 5 * cell + 28, "text-anchor": "middle", class: "rfe-caption muted" }, `head ${b.head.height}×${b.head.width}`),
      arrow(x, 146 + 5 * cell + 38, W / 2, 246),
    );
  });
  svg.append(
    node(W / 2, 248, 210, "concatenate (4×64) → 1×1 → 256"),
    s("text", { x: W / 2, y: 292, "text-anchor": "middle", class: "rfe-caption muted" }, "+ the input (residual)"),
  );
  return svg;
}
