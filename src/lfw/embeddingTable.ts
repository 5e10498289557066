/**
 * The LFW embedding artifacts: `embeddings.f32` (float32 little-endian, N×D row-major) and
 * `embeddings.tsv` (one row per image, same order: LFW-relative path, face score, box, and how the
 * face was found). Pure encode/decode; reading and writing files is the CLI's job.
 */
import type { Box } from "../core/types.js";

/** How an image's face was obtained: MTCNN, or a centre crop when it found none (facenet's scripts skip such an image). */
type FaceSource = "mtcnn" | "center-crop";

export interface EmbeddingRow {
  path: string;
  score: number;
  box: Box;
  source: FaceSource;
}

export const TSV_HEADER = "path\tscore\tx1\ty1\tx2\ty2\tsource";

/** One TSV line for a row. */
export function rowToTsv(r: EmbeddingRow): string {
  return [r.path, r.score.toFixed(6), ...r.box.map((v) => v.toFixed(2)), r.source].join("\t");
}

/** Parses `embeddings.tsv`; throws naming the line on a malformed one. */
export function parseTsv(text: string): EmbeddingRow[] {
  const lines = text.split(/\r?\n/).filter((l) => l !== "");
  if (lines[0] !== TSV_HEADER) throw new Error(`embeddings.tsv: expected the header "${TSV_HEADER.replace(/\t/g, "⇥")}"`);
  return lines.slice(1).map((line, i) => {
    const f = line.split("\t");
    const nums = f.slice(1, 6).map(Number);
    if (f.length !== 7 || nums.some((n) => !Number.isFinite(n)) || (f[6] !== "mtcnn" && f[6] !== "center-crop")) {
      throw new Error(`embeddings.tsv line ${i + 2}: malformed row "${line}"`);
    }
    return { path: f[0], score: nums[0], box: nums.slice(1) as Box, source: f[6] };
  });
}

/** Little-endian float32 bytes of N×D embeddings (row-major). */
export function encodeF32(rows: ArrayLike<number>[], dim: number): Uint8Array {
  const out = new Float32Array(rows.length * dim);
  rows.forEach((r, i) => {
    if (r.length !== dim) throw new Error(`embedding ${i} has ${r.length} values, expected ${dim}`);
    out.set(Array.from(r), i * dim);
  });
  const bytes = new Uint8Array(out.buffer);
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new Error("big-endian machines are not supported");
  return bytes;
}

/** N×D embeddings from little-endian float32 bytes; `n` rows expected. */
export function decodeF32(bytes: Uint8Array, n: number): { data: Float32Array; dim: number } {
  if (n === 0 || bytes.byteLength % (4 * n) !== 0) throw new Error(`embeddings.f32: ${bytes.byteLength} bytes do not hold ${n} rows of float32`);
  const data = new Float32Array(bytes.slice().buffer);
  return { data, dim: data.length / n };
}
