// The "largest photo detected" menu: the page's memory budget (whole photos up to 12.2 MP), or a cap
// on the long side; a smaller cap is faster but loses the smallest faces.
import * as Inputs from "@observablehq/inputs";
import { formatNumber, msg } from "../i18n.js";

/** A select whose value is the long-side cap in px (0: the whole photo within the budget). */
export function maxSideSelect(): HTMLElement & { value: number } {
  return Inputs.select([0, 1600, 3000, 6000], {
    label: msg.mtcnn.maxSideLabel,
    format: (px: number) => (px ? msg.mtcnn.maxSideCap(formatNumber(px)) : msg.mtcnn.maxSideWhole),
  });
}
