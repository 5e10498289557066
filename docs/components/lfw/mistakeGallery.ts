// The pairs a threshold gets wrong, of one kind (same person rejected, or different people accepted),
// the most confidently wrong first, as thumbnail pairs with their distance.
import { msg } from "../i18n.js";
import { type LfwRow, spriteThumb } from "../lfwData.js";
import type { LfwPair } from "./scoredPairs.js";

export type MistakeKind = "FN" | "FP";

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) => {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
};

/** Up to `limit` wrong pairs of `kind` at threshold `t`, drawn from the thumbnail `sprite` (rows in `rows` order). */
export function mistakeGallery(
  pairs: readonly LfwPair[],
  kind: MistakeKind,
  t: number,
  sprite: HTMLImageElement,
  rows: readonly LfwRow[],
  limit = 60,
): HTMLElement {
  const rowOf = new Map(rows.map((r, i) => [r.path, i]));
  // FN: same person judged different, farthest first; FP: different people judged same, closest first.
  const wrong = pairs.filter((p) => (kind === "FN" ? p.same && p.d >= t : !p.same && p.d < t)).sort((x, y) => (kind === "FN" ? y.d - x.d : x.d - y.d));
  if (wrong.length === 0) return el("p", {}, msg.lfw.noMistakes(t.toFixed(3)));
  const thumb = (path: string) => spriteThumb(sprite, rowOf.get(path) ?? 0, { size: 56, title: path });
  const figures = wrong.slice(0, limit).map((p) => el("figure", {}, thumb(p.a), thumb(p.b), el("figcaption", {}, p.d.toFixed(3))));
  return el("div", {}, el("p", {}, msg.lfw.mistakesCount(wrong.length, Math.min(limit, wrong.length))), el("div", { className: "pair-gallery" }, ...figures));
}
