/**
 * Writes a file all-or-nothing: to a temporary name in the same folder, then renamed over the target.
 * An interrupted run never leaves a half-written image that a re-run would mistake for a finished one.
 */
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/** Writes `bytes` to `file` atomically, creating its folder if needed. */
export async function writeAtomic(file: string, bytes: Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(tmp, bytes);
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}
