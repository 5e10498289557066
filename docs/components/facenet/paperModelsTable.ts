// The paper's networks NN1–NNS2 (Schroff et al. 2015, Tables 1–3, §3.3) as a scrollable table.
import * as Inputs from "@observablehq/inputs";
import { FACENET_PAPER_MODELS } from "facelab";
import { scrollable } from "../accessible.js";
import { msg } from "../i18n.js";

/** One row per network: architecture, input, parameters, FLOPS per image, VAL at FAR 10⁻³. */
export function paperModelsTable(): HTMLElement {
  const m = msg.facenet.models;
  const rows = FACENET_PAPER_MODELS.map((n) => ({
    [m.model]: n.name,
    [m.architecture]: m.architectures[n.name] ?? n.architecture,
    [m.input]: `${n.input[0]}×${n.input[1]}`,
    [m.params]: n.params == null ? "—" : `${(n.params / 1e6).toFixed(1)} ${m.millions}`,
    [m.flops]: n.flops == null ? "—" : n.flops >= 1e9 ? `${(n.flops / 1e9).toFixed(1)} ${m.billions}` : `${Math.round(n.flops / 1e6)} ${m.millions}`,
    [m.val]: `${n.val.mean}% ± ${n.val.sem}`,
  }));
  return scrollable(Inputs.table(rows, { select: false, sort: null, layout: "auto" }) as HTMLElement, m.name);
}
