// The faces the FaceNet page trains on and evaluates with, read from the committed LFW artifacts:
// training identities from View 1's peopleDevTrain (those with at least two images), test pairs from
// pairsDevTest, pixels from the 32×32 thumbnail sprite (one cell per embeddings.tsv row, 128 per row).
import { parsePairs, parsePeople } from "facelab";
import type { LfwRow } from "./lfwData.js";
import { LFW_SPRITE, spriteCell } from "./lfwSprite.js";

export interface LfwTrainingSet {
  /** Sprite cell (embeddings.tsv row) of every face used, train and test; a face's slot is its index here. */
  rows: number[];
  /** Slots of each training identity's images. */
  groups: number[][];
  /** For each test pair: the two slots and whether they show the same person. */
  pairs: { a: number; b: number; same: boolean }[];
}

/** Joins the people and pairs files with the image table; throws naming any image the table lacks. */
export function lfwTrainingSet(table: LfwRow[], peopleText: string, pairsText: string): LfwTrainingSet {
  const rowOf = new Map(table.map((r, i) => [r.path, i]));
  const byPerson = new Map<string, number[]>();
  table.forEach((r, i) => (byPerson.get(r.person) ?? byPerson.set(r.person, []).get(r.person)!).push(i));
  const rows: number[] = [];
  const slotOf = new Map<number, number>();
  const slot = (row: number) => slotOf.get(row) ?? (slotOf.set(row, rows.push(row) - 1), rows.length - 1);
  const groups = parsePeople(peopleText)
    .filter((p) => p.images >= 2)
    .map((p) => (byPerson.get(p.name) ?? []).map(slot))
    .filter((g) => g.length >= 2);
  const pairs = parsePairs(pairsText).map(({ a, b, same }) => {
    const ra = rowOf.get(a),
      rb = rowOf.get(b);
    if (ra == null || rb == null) throw new Error(`pairsDevTest.txt: ${ra == null ? a : b} is not in embeddings.tsv`);
    return { a: slot(ra), b: slot(rb), same };
  });
  return { rows, groups, pairs };
}

/** RGB bytes `[rows.length, cell, cell, 3]` of the given sprite cells (the sprite is read once). */
export function spriteRgb(sprite: HTMLImageElement, rows: readonly number[], { cell = LFW_SPRITE.cell, columns = LFW_SPRITE.columns } = {}): Uint8Array {
  const canvas = document.createElement("canvas");
  canvas.width = sprite.naturalWidth;
  canvas.height = sprite.naturalHeight;
  const ctx = canvas.getContext("2d", { willReadFrequently: true }) as CanvasRenderingContext2D;
  ctx.drawImage(sprite, 0, 0);
  const { data, width } = ctx.getImageData(0, 0, canvas.width, canvas.height);
  const out = new Uint8Array(rows.length * cell * cell * 3);
  rows.forEach((row, s) => {
    const { x: x0, y: y0 } = spriteCell(row, { cell, columns });
    for (let y = 0; y < cell; y++) {
      for (let x = 0; x < cell; x++) {
        const src = ((y0 + y) * width + x0 + x) * 4,
          dst = ((s * cell + y) * cell + x) * 3;
        out[dst] = data[src];
        out[dst + 1] = data[src + 1];
        out[dst + 2] = data[src + 2];
      }
    }
  });
  return out;
}

/** The faces at `slots` as network input: (byte − 127.5) / 128, so values lie in [−1, 1]. */
export function normalisedFaces(rgb: Uint8Array, slots: readonly number[], cellValues = 32 * 32 * 3): Float32Array {
  const out = new Float32Array(slots.length * cellValues);
  slots.forEach((s, i) => {
    for (let k = 0; k < cellValues; k++) out[i * cellValues + k] = (rgb[s * cellValues + k] - 127.5) / 128;
  });
  return out;
}
