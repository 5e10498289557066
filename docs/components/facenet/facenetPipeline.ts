// FaceNet's model structure as an SVG diagram, after Figure 2 of Schroff et al. (2015): a batch of face
// thumbnails goes through a deep CNN, is L2-normalised into the embedding, and the embeddings meet the
// triplet loss — during training only. Drawn left to right when the page is wide, top to bottom when
// it is narrow, so the five steps stay legible on a phone.
import { msg } from "../i18n.js";
import { arrowMarker, s } from "../svg.js";

interface Step {
  title: string;
  detail: string;
  /** Only used while training (drawn dashed). */
  training?: boolean;
}

// The last step, the triplet loss, is only used while training.
const STEPS: readonly Step[] = msg.facenet.pipeline.steps.map((st, k, all) => ({ ...st, training: k === all.length - 1 }));

/** The diagram, `width` wide at most; one role="img" with the whole pipeline as its description. */
export function facenetPipeline({ width = 640 } = {}): SVGSVGElement {
  const wide = width >= 620;
  const W = wide ? Math.min(width, 820) : Math.max(260, Math.min(width, 360));
  const gap = wide ? 22 : 16;
  const boxW = wide ? (W - 8 - gap * (STEPS.length - 1)) / STEPS.length : W - 16;
  const boxH = 58;
  const H = wide ? boxH + 40 : STEPS.length * (boxH + gap) - gap + 8;
  const at = (k: number) => (wide ? { x: 4 + k * (boxW + gap), y: 4 } : { x: 8, y: 4 + k * (boxH + gap) });
  const description = msg.facenet.pipeline.description(STEPS.map((st) => msg.facenet.pipeline.step(st.title, st.detail)));
  const svg = s("svg", {
    viewBox: `0 0 ${W} ${H}`,
    width: W,
    class: "facenet-pipeline",
    role: "img",
    "aria-label": description,
  }) as SVGSVGElement;
  svg.append(arrowMarker("facenet-arrow"));
  STEPS.forEach((st, k) => {
    const { x, y } = at(k);
    svg.append(
      s(
        "g",
        { class: `facenet-step${st.training ? " training" : ""}` },
        s("rect", { x, y, width: boxW, height: boxH, rx: 6 }),
        s("text", { x: x + boxW / 2, y: y + 24, "text-anchor": "middle", class: "facenet-step-title" }, st.title),
        s("text", { x: x + boxW / 2, y: y + 44, "text-anchor": "middle", class: "facenet-step-detail" }, st.detail),
      ),
    );
    if (k === 0) return;
    const from = at(k - 1);
    const arrow = wide
      ? { x1: from.x + boxW, y1: from.y + boxH / 2, x2: x - 2, y2: y + boxH / 2 }
      : { x1: from.x + boxW / 2, y1: from.y + boxH, x2: x + boxW / 2, y2: y - 2 };
    svg.append(s("line", { ...arrow, class: `facenet-arrow${st.training ? " training" : ""}`, "marker-end": "url(#facenet-arrow)" }));
  });
  // Wide: a bracket under the first four steps, which are all that runs at test time.
  if (wide) {
    const x1 = at(STEPS.length - 2).x + boxW,
      y0 = 4 + boxH + 8;
    svg.append(
      s("path", { d: `M 4 ${y0} v 6 H ${x1} v -6`, class: "facenet-bracket" }),
      s("text", { x: (4 + x1) / 2, y: y0 + 24, "text-anchor": "middle", class: "facenet-step-detail" }, msg.facenet.pipeline.testTime),
    );
  }
  return svg;
}
