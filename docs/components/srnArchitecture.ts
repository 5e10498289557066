// SRN's backbone and feature pyramid as an SVG diagram: ResNet-50 stages C2–C7 on the left (bottom-up),
// the pyramid P2–P7 on the right (top-down), lateral 1×1 connections between them, feature-map sizes
// for the current input. Hovering, tapping or selecting a level from the keyboard (Tab, then Enter or
// Space) highlights it and its connections and describes it below the diagram.
import type { StageShape } from "facelab";
import { msg } from "./i18n.js";
import { arrowMarker, s } from "./svg.js";

const STC = new Set(["P2", "P3", "P4"]);

/** The diagram for `stages` (from `srnStages(width, height)`). */
export function srnArchitecture({ backbone, pyramid }: { backbone: StageShape[]; pyramid: StageShape[] }, { width = 640 } = {}): HTMLElement {
  const W = Math.max(320, Math.min(width, 720));
  const rowH = 54,
    top = 36,
    boxH = 36;
  const colW = Math.min(210, W * 0.36);
  const xC = 8,
    xP = W - colW - 8;
  const y = (k: number) => top + (5 - k) * rowH; // C2/P2 at the bottom
  const labelled = xP - xC - colW > 190; // room to name the connections
  const root = document.createElement("div");
  root.className = "srn-arch";
  const info = Object.assign(document.createElement("p"), { className: "srn-arch-info muted" });
  // A group, not an image: its level blocks are buttons a keyboard can reach.
  const svg = s("svg", { viewBox: `0 0 ${W} ${top + 6 * rowH}`, width: W, role: "group", "aria-label": msg.srn.archName }, arrowMarker("srn-arrow"));
  svg.append(
    s("text", { x: xC, y: 16, class: "srn-arch-title" }, msg.srn.archBackbone),
    s("text", { x: xP + colW, y: 16, "text-anchor": "end", class: "srn-arch-title" }, msg.srn.archPyramid),
  );
  const line = (x1: number, y1: number, x2: number, y2: number, cls: string) =>
    s("line", { x1, y1, x2, y2, class: `srn-link ${cls}`, "marker-end": "url(#srn-arrow)" });
  const links: SVGElement[] = [];
  backbone.forEach((_c, k) => {
    if (k > 0) links.push(line(xC + colW / 2, y(k - 1), xC + colW / 2, y(k) + boxH, `C${k + 1} C${k + 2}`));
    if (k <= 3) {
      links.push(line(xC + colW, y(k) + boxH / 2, xP, y(k) + boxH / 2, `C${k + 2} P${k + 2}`)); // lateral 1×1
      if (labelled)
        svg.append(
          s(
            "text",
            { x: (xC + colW + xP) / 2, y: y(k) + boxH / 2 - 5, "text-anchor": "middle", class: "srn-link-label" },
            k === 3 ? msg.srn.archLateral : msg.srn.archLateralUp,
          ),
        );
    }
  });
  pyramid.forEach((_p, k) => {
    if (k < 3) links.push(line(xP + colW / 2, y(k + 1) + boxH, xP + colW / 2, y(k), `P${k + 3} P${k + 2}`)); // top-down, upsampled
    if (k === 4) {
      links.push(line(xC + colW, y(3) + boxH / 2 - 6, xP, y(4) + boxH / 2, "C5 P6")); // P6 from C5's lateral
      if (labelled)
        svg.append(s("text", { x: (xC + colW + xP) / 2, y: y(4) + boxH / 2 + 2, "text-anchor": "middle", class: "srn-link-label" }, msg.srn.archP6));
    }
    if (k === 5) links.push(line(xP + colW / 2, y(4), xP + colW / 2, y(5) + boxH, "P6 P7"));
  });
  svg.append(...links);
  const box = (st: StageShape, x: number, k: number) => {
    const g = s(
      "g",
      {
        class: `srn-level ${STC.has(st.name) ? "stc" : st.name.startsWith("P") ? "str" : "backbone"}`,
        tabindex: 0,
        role: "button", // named by its own text: level, stride, size
        "aria-pressed": "false",
        "data-level": st.name,
      },
      s("rect", { x, y: y(k), width: colW, height: boxH, rx: 5 }),
      s("text", { x: x + 8, y: y(k) + 15, class: "srn-level-name" }, `${st.name}  ·  ${msg.srn.archStride(st.stride)}`),
      s("text", { x: x + 8, y: y(k) + 30, class: "srn-level-size" }, `${st.cols}×${st.rows}×${st.channels}`),
    );
    const show = () => {
      root.querySelectorAll(".srn-level.on, .srn-link.on").forEach((e) => {
        e.classList.remove("on");
        if (e.classList.contains("srn-level")) e.setAttribute("aria-pressed", "false");
      });
      g.classList.add("on");
      g.setAttribute("aria-pressed", "true");
      links.filter((l) => l.classList.contains(st.name)).forEach((l) => l.classList.add("on"));
      info.textContent = msg.srn.archInfo(st.name, st.cols, st.rows, st.channels, st.stride, msg.srn.stageFrom[st.name] ?? st.from);
    };
    g.addEventListener("mouseenter", show);
    g.addEventListener("focus", show);
    g.addEventListener("click", show);
    g.addEventListener("keydown", (e) => {
      if (e.key === "Enter" || e.key === " ") {
        e.preventDefault(); // Space would scroll the page
        show();
      }
    });
    return g;
  };
  backbone.forEach((c, k) => svg.append(box(c, xC, k)));
  pyramid.forEach((p, k) => svg.append(box(p, xP, k)));
  info.setAttribute("aria-live", "polite");
  info.textContent = msg.srn.archHint;
  root.append(svg, info);
  return root;
}
