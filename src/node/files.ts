/** Node helpers for reading the bundled model files from disk. */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";
import type { ModelFileReader } from "../core/types.js";

/** The project's `models/` folder, found relative to this file (works from `src/` and compiled `lib/`). */
export const MODELS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../models");

/** Reads model files from a folder, by default `models/mtcnn`. */
export function fileReader(dir = path.join(MODELS_DIR, "mtcnn")): ModelFileReader {
  return async (file) => {
    const buf = await readFile(path.join(dir, file));
    return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
  };
}
