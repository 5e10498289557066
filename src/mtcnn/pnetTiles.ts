/**
 * P-Net in tiles. P-Net is fully convolutional: output cell (r, c) sees input rows 2r … 2r + 11 and
 * columns 2c … 2c + 11 (conv 3 → pool 2/2 → conv 3 → conv 3). So a pyramid level can be cut into
 * tiles of output cells, each fed the input rows and columns beneath it (overlapping its neighbours
 * by 10 px, the receptive field less one stride), and the tiles' outputs put side by side are the
 * level's output. Every tile starts on an even input row and column, so the 2×2 pool windows line
 * up with the whole level's; only the last tile of a row or column reaches the level's edge, where
 * the pool's padding is the same as the whole level's. Peak memory is then one tile's layers, not
 * the level's: a 12 MP photo's first level (min face 20) is 4.4 MP, and P-Net's first layer alone
 * would hold 170 MB of float32 there.
 */

/** Output cells per tile side: an input of at most 2·256 + 10 = 522 px a side (conv1: 10.8 MB of float32). */
export const PNET_TILE_CELLS = 256;

/** P-Net's output side for an input side `n` (≥ 12): ceil((n − 2) / 2) − 4. */
export function pnetOutputSide(n: number): number {
  return Math.ceil((n - 2) / 2) - 4;
}

/** One tile along one axis: output cells `[out0, out0 + outN)` from input pixels `[in0, in0 + inN)`. */
export interface TileSpan {
  out0: number;
  outN: number;
  in0: number;
  inN: number;
}

/** One tile: its row span and its column span. */
export interface PnetTile {
  rows: TileSpan;
  cols: TileSpan;
}

/** The spans that cut an input side `n` into tiles of at most `cells` output cells. */
export function tileSpans(n: number, cells = PNET_TILE_CELLS): TileSpan[] {
  if (!Number.isInteger(cells) || cells < 1) throw new RangeError(`tile cells must be a positive integer, got ${cells}`);
  const total = pnetOutputSide(n);
  const spans: TileSpan[] = [];
  for (let out0 = 0; out0 < total; out0 += cells) {
    const outN = Math.min(cells, total - out0);
    const in0 = 2 * out0;
    // the last tile takes the rest of the input, so its pool padding is the whole level's
    const inN = out0 + outN === total ? n - in0 : 2 * outN + 10;
    spans.push({ out0, outN, in0, inN });
  }
  return spans;
}

/** The tiles of a `width × height` level, row by row. A level of at most `cells` output cells a side is one tile. */
export function pnetTiles(width: number, height: number, cells = PNET_TILE_CELLS): PnetTile[] {
  const cols = tileSpans(width, cells);
  return tileSpans(height, cells).flatMap((rows) => cols.map((c) => ({ rows, cols: c })));
}
