// The Receptive Field Enhancement block as an SVG. On top, where it sits: RetinaNet's classification and
// box subnets are four 3×3 convolutions before the prediction; SRN replaces the middle two with one RFE
// block (paper, § Receptive Field Enhancement; release `resnet_srn.py`: 3×3 → RFE → 3×3 in both
// subnets). Below, the block itself: input → four branches (1×1 reduce, a 1×k or k×1 convolution, 1×1)
// → concatenate → 1×1 → add the input. Each branch is labelled with its receptive field (computed by
// facelab's receptiveField) and a small rectangle of that shape, in feature cells.
import { msg } from "./i18n.js";
import { arrowMarker, s } from "./svg.js";

/** Height of the head comparison drawn above the block. */
const HEAD_H = 104;

export interface RfeBranchField {
  name: string;
  block: { height: number; width: number };
  head: { height: number; width: number };
}

/** The block for the branch fields from `rfeFields()`. */
export function rfeDiagram(branches: RfeBranchField[], { width = 640 } = {}): SVGElement {
  const W = Math.max(340, Math.min(width, 720));
  const H = HEAD_H + 300;
  const colW = (W - 20) / 4;
  const svg = s(
    "svg",
    {
      viewBox: `0 0 ${W} ${H}`,
      width: W,
      class: "rfe-diagram",
      role: "img",
      "aria-label": msg.srn.rfeAria,
    },
    arrowMarker("rfe-arrow"),
  );
  const node = (x: number, y: number, w: number, label: string, cls = "") =>
    s(
      "g",
      { class: `rfe-node ${cls}` },
      s("rect", { x: x - w / 2, y, width: w, height: 24, rx: 4 }),
      s("text", { x, y: y + 16, "text-anchor": "middle" }, label),
    );
  const arrow = (x1: number, y1: number, x2: number, y2: number) => s("line", { x1, y1, x2, y2, class: "srn-link", "marker-end": "url(#rfe-arrow)" });
  svg.append(...headComparison(W, node, arrow));
  const block = s("g", { transform: `translate(0 ${HEAD_H})` });
  svg.append(block);
  block.append(node(W / 2, 4, 150, msg.srn.rfeInput));
  branches.forEach((b, i) => {
    const x = 10 + colW * (i + 0.5);
    const bw = Math.min(colW - 8, 96);
    const [kh, kw] = [b.block.height, b.block.width];
    block.append(
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
    block.append(
      g,
      s("text", { x, y: 156 + 5 * cell + 14, "text-anchor": "middle", class: "rfe-caption" }, msg.srn.rfeField(kh, kw)),
      s("text", { x, y: 156 + 5 * cell + 28, "text-anchor": "middle", class: "rfe-caption muted" }, msg.srn.rfeHead(b.head.height, b.head.width)),
      arrow(x, 146 + 5 * cell + 38, W / 2, 246),
    );
  });
  block.append(
    node(W / 2, 248, 210, msg.srn.rfeConcat),
    s("text", { x: W / 2, y: 292, "text-anchor": "middle", class: "rfe-caption muted" }, msg.srn.rfeResidual),
  );
  return svg;
}

type Node = (x: number, y: number, w: number, label: string, cls?: string) => SVGElement;
type Arrow = (x1: number, y1: number, x2: number, y2: number) => SVGElement;

/** Two rows: RetinaNet's subnet (four 3×3) and SRN's (3×3, RFE, 3×3), the RFE in place of the middle two. */
function headComparison(W: number, node: Node, arrow: Arrow): SVGElement[] {
  const labelW = Math.min(150, W * 0.27);
  const slot = (W - labelW - 20) / 5; // four convolutions and the prediction
  const x = (i: number) => labelW + slot * (i + 0.5);
  const bw = Math.min(slot - 14, 76);
  const row = (y: number, name: string, boxes: { at: number; label: string; cls?: string; w?: number }[]) => {
    const out: SVGElement[] = [s("text", { x: 4, y: y + 16, class: "rfe-caption" }, name)];
    boxes.forEach((b, i) => {
      out.push(node(b.at, y, b.w ?? bw, b.label, b.cls));
      if (i > 0) out.push(arrow(boxes[i - 1].at + (boxes[i - 1].w ?? bw) / 2, y + 12, b.at - (b.w ?? bw) / 2, y + 12));
    });
    return out;
  };
  const conv = (i: number) => ({ at: x(i), label: "3×3" });
  const predict = { at: x(4), label: msg.srn.rfePredict };
  const rfe = { at: (x(1) + x(2)) / 2, label: "RFE", cls: "rfe-k", w: x(2) - x(1) + bw };
  return [
    ...row(8, msg.srn.rfeRetina, [conv(0), conv(1), conv(2), conv(3), predict]),
    ...row(48, msg.srn.rfeSrn, [conv(0), rfe, conv(3), predict]),
    // The RFE box opens into the block drawn below.
    s("line", { x1: rfe.at, y1: 72, x2: W / 2, y2: HEAD_H + 2, class: "srn-link", "stroke-dasharray": "4 3" }),
    s("text", { x: 4, y: 92, class: "rfe-caption muted" }, msg.srn.rfeOpened),
  ];
}
