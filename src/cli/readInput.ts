/**
 * How every CLI command reads an input image: `readImage` (EXIF orientation, colour, bounded size),
 * plus one stderr line naming the file when it had to be downscaled, so coordinates in the output
 * are never silently in a different frame from the file's.
 */
import type { Pixels } from "../core/types.js";
import { downscaleNotice } from "../image/imageLimits.js";
import { readImage } from "../node/loadImage.js";

/** Writes one line to stderr. */
const toStderr = (line: string) => void process.stderr.write(line + "\n");

/** The pixels of `file`; `note` gets "facelab <command>: <file>: image too large, downscaled to W×H (from …)". */
export async function readInput(command: string, file: string, note: (line: string) => void = toStderr): Promise<Pixels> {
  const { pixels, original } = await readImage(file);
  if (original.width !== pixels.width || original.height !== pixels.height) {
    note(`facelab ${command}: ${file}: ${downscaleNotice(original, pixels)}`);
  }
  return pixels;
}
