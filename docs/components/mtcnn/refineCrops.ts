// The crops R-Net or O-Net saw for the photo, under a heading with the stage's counts: crops in,
// above the threshold, and kept after NMS (R-Net) or faces (O-Net).
import type { MtcnnTrace } from "facelab";
import { cropGrid } from "../cropGrid.js";

const STAGES = {
  rnet: { name: "R-Net", threshold: 1, limit: 60, zoom: 2 },
  onet: { name: "O-Net", threshold: 2, limit: 30, zoom: 1.5 },
};

/** An `<h3>` and the crop grid of `stage` in `trace`, as a fragment. */
export function refineCrops(trace: MtcnnTrace, stage: "rnet" | "onet"): DocumentFragment {
  const { name, threshold, limit, zoom } = STAGES[stage];
  const s = trace[stage];
  const out = stage === "rnet" ? `${trace.rnet.kept.length} after NMS` : `${trace.faces.length} faces`;
  const heading = document.createElement("h3");
  heading.textContent = `${name}: ${s.input.length} crops, ${s.passed.length} above ${trace.config.thresholds[threshold]}, ${out}`;
  const fragment = document.createDocumentFragment();
  fragment.append(heading, cropGrid(s, stage === "rnet" ? trace.rnetCrops : trace.onetCrops, { limit, zoom }));
  return fragment;
}
