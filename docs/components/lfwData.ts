// The committed LFW artifacts, decoded for the pages: the image table, the embeddings, the thumbnail
// sprite, and the evaluation report with every pair's distance.
import type { Box } from "facelab";
import { LFW_SPRITE, spriteCell } from "./lfwSprite.js";

export interface LfwRow {
  path: string;
  person: string;
  score: number;
  box: Box;
  source: string;
}

/** Rows of `embeddings.tsv` (header skipped). */
export function parseRows(tsv: string): LfwRow[] {
  return tsv
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => {
      const f = line.split("\t");
      return { path: f[0], person: f[0].split("/")[0], score: +f[1], box: [+f[2], +f[3], +f[4], +f[5]] as Box, source: f[6] };
    });
}

/** Draws thumbnail `index` of a sprite sheet (`columns` cells of `cell` px per row) into a new canvas. */
export function spriteThumb(
  sprite: HTMLImageElement | ImageBitmap,
  index: number,
  { cell = LFW_SPRITE.cell, columns = LFW_SPRITE.columns, size = 64, title = "" } = {},
): HTMLCanvasElement {
  const c = document.createElement("canvas");
  c.width = c.height = cell;
  c.style.width = c.style.height = `${size}px`;
  c.title = title;
  const ctx = c.getContext("2d") as CanvasRenderingContext2D;
  const { x, y } = spriteCell(index, { cell, columns });
  ctx.drawImage(sprite, x, y, cell, cell, 0, 0, cell, cell);
  return c;
}
