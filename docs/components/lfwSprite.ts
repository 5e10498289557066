// Where a face sits in the LFW thumbnail sprite (`_data/lfw/thumbs.jpg`): one 32×32 cell per
// embeddings.tsv row, 128 cells to a sprite row, in row order.

/** The sprite's layout: cell size in px and cells per sprite row. */
export const LFW_SPRITE = { cell: 32, columns: 128 } as const;

/** Top-left pixel of cell `index` in a sprite of `columns` cells of `cell` px per row. */
export function spriteCell(index: number, { cell = LFW_SPRITE.cell, columns = LFW_SPRITE.columns } = {}): { x: number; y: number } {
  return { x: (index % columns) * cell, y: Math.floor(index / columns) * cell };
}
