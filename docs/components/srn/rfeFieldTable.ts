// The receptive field of each RFE branch through the head, in input pixels at every pyramid level
// (height × width: cells × the level's stride).
import * as Inputs from "@observablehq/inputs";
import { SRN_LEVELS } from "facelab";
import { msg } from "../i18n.js";
import type { RfeBranchField } from "../rfeDiagram.js";

/** One row per level, one column per branch of `fields` (from `rfeFields()`). */
export function rfeFieldTable(fields: readonly RfeBranchField[]): HTMLElement {
  const rows = SRN_LEVELS.map((l) =>
    Object.fromEntries([[msg.srn.rfeLevel, l.name], ...fields.map((f) => [f.name, `${f.head.height * l.stride}×${f.head.width * l.stride}`])]),
  );
  return Inputs.table(rows, { layout: "auto", select: false });
}
