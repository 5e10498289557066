/**
 * Faces found on a reduced copy, mapped to the source image's pixels: a continuous coordinate u on a
 * copy of width w corresponds to u · W / w on the source of width W (the copy's pixel i covers the
 * source's [i·W/w, (i+1)·W/w)), and likewise down.
 */
import type { Size } from "./imageLimits.js";
import type { Detection, Landmarks5 } from "../core/types.js";

/** `faces` on a `used`-sized copy, in the pixels of the `original`-sized source (landmarks too, when present). */
export function facesToSource<T extends Detection>(faces: readonly T[], used: Size, original: Size): T[] {
  const sx = original.width / used.width;
  const sy = original.height / used.height;
  if (sx === 1 && sy === 1) return faces.slice();
  return faces.map((face) => {
    const [x1, y1, x2, y2] = face.box;
    const scaled: T = { ...face, box: [x1 * sx, y1 * sy, x2 * sx, y2 * sy] };
    if (face.landmarks) scaled.landmarks = face.landmarks.map(([x, y]) => [x * sx, y * sy]) as Landmarks5;
    return scaled;
  });
}
