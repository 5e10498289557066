// The crops R-Net or O-Net saw for the photo, under a heading with the stage's counts: crops in,
// above the threshold, and kept after NMS (R-Net) or faces (O-Net).
import type { MtcnnTrace } from "facelab";
import { cropGrid } from "../cropGrid.js";
import { msg } from "../i18n.js";

const STAGES = {
  rnet: { threshold: 1, limit: 60, zoom: 2 },
  onet: { threshold: 2, limit: 30, zoom: 1.5 },
};

/** An `<h3>` and the crop grid of `stage` in `trace`, as a fragment. */
export function refineCrops(trace: MtcnnTrace, stage: "rnet" | "onet"): DocumentFragment {
  const { threshold, limit, zoom } = STAGES[stage];
  const s = trace[stage];
  const t = msg.mtcnn;
  const out = stage === "rnet" ? t.afterNms(trace.rnet.kept.length) : t.facesOut(trace.faces.length);
  const heading = document.createElement("h3");
  heading.textContent = t.refineHeading(t.nets[stage], s.input.length, s.passed.length, trace.config.thresholds[threshold], out);
  const fragment = document.createDocumentFragment();
  fragment.append(heading, cropGrid(s, stage === "rnet" ? trace.rnetCrops : trace.onetCrops, { limit, zoom }));
  return fragment;
}
