// The anchor tiling as a table: one row per pyramid level with its stride, anchor sides, grid, anchor
// count and share of all anchors.
import * as Inputs from "@observablehq/inputs";
import { count } from "../count.js";
import { msg } from "../i18n.js";
import { pct } from "../pct.js";
import type { AnchorTiling } from "./anchorTiling.js";

/** One row per level of `tiling` (from `anchorTiling`). */
export function anchorLevelTable({ levels, shares }: AnchorTiling): HTMLElement {
  const h = msg.srn.levelTable;
  // Keyed by the translated headers: Inputs.table also shows a column's key (as its title).
  const rows = levels.map((l, i) => ({
    [h.level]: l.name,
    [h.stride]: l.stride,
    [h.sides]: l.shapes.map(([w, hh]) => `${w.toFixed(1)}×${hh.toFixed(1)}`).join(", "),
    [h.cells]: `${l.cols}×${l.rows}`,
    [h.anchors]: l.count,
    [h.share]: pct(shares[i].share, 2),
  }));
  return Inputs.table(rows, { layout: "auto", select: false, format: { [h.anchors]: count } });
}
