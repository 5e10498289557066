/**
 * How every CLI command reads an input image: `readImage` (EXIF orientation, colour, the detection
 * budget), plus one stderr line naming the file when it is detected on a reduced copy. The command
 * then maps its faces back with `facesToSource`, so every coordinate it reports is in the pixels of
 * the file as a viewer shows it, whatever size the detector ran at.
 */
import { isReduced, reductionNotice, type DetectLimits } from "../image/imageLimits.js";
import { readImage, type LoadedImage } from "../node/loadImage.js";

/** Writes one line to stderr. */
const toStderr = (line: string) => void process.stderr.write(line + "\n");

/**
 * The pixels of `file` within `limits` and its true size; `note` gets "facelab <command>: <file>:
 * detected on a 1/2.5 copy (…); boxes are in the original's pixels" when the copy is reduced.
 */
export async function readInput(command: string, file: string, limits: DetectLimits = {}, note: (line: string) => void = toStderr): Promise<LoadedImage> {
  const loaded = await readImage(file, file, limits);
  if (isReduced(loaded.original, loaded.pixels)) note(`facelab ${command}: ${file}: ${reductionNotice(loaded.original, loaded.pixels)}`);
  return loaded;
}
