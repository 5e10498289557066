// Cross-entropy and the focal loss against p_t, the probability of the true class, for a face and for
// background at the reader's α and γ.
import * as Plot from "@observablehq/plot";
import { crossEntropy, focalLoss } from "facelab";
import { msg } from "../i18n.js";

/** The three loss curves for `alpha` and `gamma`, p_t from 0.005 to 1. */
export function focalLossChart({ alpha, gamma }: { alpha: number; gamma: number }, { width = 640 } = {}): SVGSVGElement | HTMLElement {
  const pts = Array.from({ length: Math.floor((1 - 0.005) / 0.005) + 1 }, (_, i) => 0.005 + i * 0.005);
  const curve = pts.flatMap((pt) => [
    { pt, loss: crossEntropy(pt, 1), curve: msg.srn.ceCurve },
    { pt, loss: focalLoss(pt, 1, { alpha, gamma }), curve: msg.srn.focalFace(`${alpha}`) },
    { pt, loss: focalLoss(1 - pt, 0, { alpha, gamma }), curve: msg.srn.focalBackground((1 - alpha).toFixed(2)) },
  ]);
  return Plot.plot({
    width: Math.max(360, Math.min(width, 720)),
    height: 300,
    grid: true,
    x: { label: msg.srn.ptAxis, domain: [0, 1] },
    y: { label: msg.srn.lossAxis, domain: [0, 5] },
    color: { legend: true, range: ["#8e8e93", "#34c759", "#4269d0"] },
    marks: [Plot.line(curve, { x: "pt", y: "loss", stroke: "curve", strokeWidth: 2, clip: true })],
  });
}
