// The anchor tiling as a table: one row per pyramid level with its stride, anchor sides, grid, anchor
// count and share of all anchors.
import * as Inputs from "@observablehq/inputs";
import { count } from "../count.js";
import { msg } from "../i18n.js";
import { pct } from "../pct.js";
import type { AnchorTiling } from "./anchorTiling.js";

/** One row per level of `tiling` (from `anchorTiling`). */
export function anchorLevelTable({ levels, shares }: AnchorTiling): HTMLElement {
  const rows = levels.map((l, i) => ({
    level: l.name,
    stride: l.stride,
    sides: l.shapes.map(([w, h]) => `${w.toFixed(1)}×${h.toFixed(1)}`).join(", "),
    cells: `${l.cols}×${l.rows}`,
    anchors: l.count,
    share: pct(shares[i].share, 2),
  }));
  return Inputs.table(rows, { layout: "auto", select: false, format: { anchors: count }, header: msg.srn.levelTable });
}
