/**
 * The LFW pipeline's outputs from its log, in path order: `embeddings.f32`, `embeddings.tsv` and
 * `thumbs.jpg` (a sprite sheet of the aligned crops, row-major cells in the same order), each
 * written atomically so a reader never sees half a file.
 */
import path from "node:path";
import sharp from "sharp";
import { writeAtomic } from "../node/writeAtomic.js";
import type { Done } from "./checkpoint.js";
import { encodeF32, rowToTsv, TSV_HEADER } from "./embeddingTable.js";

const SPRITE_COLUMNS = 128;

/** Writes the three artifacts for the embedded images among `done`; returns how many rows. */
export async function writeArtifacts(out: string, order: string[], done: Map<string, Done>, thumbSize: number): Promise<number> {
  const ok = order.map((p) => done.get(p)).filter((d): d is Extract<Done, { row: unknown }> => d !== undefined && "row" in d);
  if (ok.length === 0) return 0;
  const dim = ok[0].embedding.length;
  await writeAtomic(
    path.join(out, "embeddings.f32"),
    encodeF32(
      ok.map((d) => d.embedding),
      dim,
    ),
  );
  await writeAtomic(path.join(out, "embeddings.tsv"), new TextEncoder().encode([TSV_HEADER, ...ok.map((d) => rowToTsv(d.row))].join("\n") + "\n"));
  const cols = Math.min(SPRITE_COLUMNS, ok.length);
  const rows = Math.ceil(ok.length / cols);
  const sheet = new Uint8Array(cols * thumbSize * rows * thumbSize * 3);
  ok.forEach((d, i) => {
    const x0 = (i % cols) * thumbSize;
    const y0 = Math.floor(i / cols) * thumbSize;
    for (let y = 0; y < thumbSize; y++) sheet.set(d.thumb.subarray(y * thumbSize * 3, (y + 1) * thumbSize * 3), ((y0 + y) * cols * thumbSize + x0) * 3);
  });
  const jpeg = await sharp(sheet, { raw: { width: cols * thumbSize, height: rows * thumbSize, channels: 3 } })
    .jpeg({ quality: 82 })
    .toBuffer();
  await writeAtomic(path.join(out, "thumbs.jpg"), new Uint8Array(jpeg));
  return ok.length;
}
