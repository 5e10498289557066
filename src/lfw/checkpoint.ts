/**
 * The LFW pipeline's resumable log: one JSON line per finished image, appended as results arrive, so
 * an interrupted run loses at most the images in flight. A torn last line (the process died while
 * writing it) is ignored on reading.
 */
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import type { EmbeddingRow } from "./embeddingTable.js";

export type Done = { path: string; row: EmbeddingRow; embedding: Float32Array; thumb: Uint8Array } | { path: string; error: string };

const b64 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
const unb64 = (s: string) => new Uint8Array(Buffer.from(s, "base64"));

/** Appends one result. */
export function appendDone(file: string, d: Done): void {
  const line =
    "error" in d
      ? { p: d.path, err: d.error }
      : { p: d.path, r: d.row, e: b64(new Uint8Array(d.embedding.buffer, d.embedding.byteOffset, d.embedding.byteLength)), t: b64(d.thumb) };
  appendFileSync(file, JSON.stringify(line) + "\n");
}

/** Every result logged so far, by path (later lines win). */
export function readDone(file: string): Map<string, Done> {
  const done = new Map<string, Done>();
  if (!existsSync(file)) return done;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line) continue;
    let o: { p: string; err?: string; r?: EmbeddingRow; e?: string; t?: string };
    try {
      o = JSON.parse(line);
    } catch {
      continue; // torn last line
    }
    if (o.err !== undefined) done.set(o.p, { path: o.p, error: o.err });
    else if (o.r && o.e && o.t) done.set(o.p, { path: o.p, row: o.r, embedding: new Float32Array(unb64(o.e).slice().buffer), thumb: unb64(o.t) });
  }
  return done;
}
