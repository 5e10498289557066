/** Cuts an integer rectangle out of an image, as numpy slicing `img[y1:y2, x1:x2]` does; RGB out. */
import type { Pixels } from "../core/types.js";

/** The pixels of columns x1…x2−1 and rows y1…y2−1 (integers, inside the image), as RGB. */
export function cropPixels(pixels: Pixels, [x1, y1, x2, y2]: [number, number, number, number]): Pixels {
  const { width, height, channels, data } = pixels;
  const ok = [x1, y1, x2, y2].every(Number.isInteger) && x1 >= 0 && y1 >= 0 && x2 <= width && y2 <= height;
  if (!ok || x2 <= x1 || y2 <= y1) {
    throw new RangeError(`cropPixels: [${x1}, ${y1}, ${x2}, ${y2}] is not a non-empty integer rectangle inside ${width}×${height}`);
  }
  const w = x2 - x1;
  const h = y2 - y1;
  const out = new Uint8Array(w * h * 3);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const s = ((y1 + y) * width + x1 + x) * channels;
      const d = (y * w + x) * 3;
      out[d] = data[s];
      out[d + 1] = data[s + 1];
      out[d + 2] = data[s + 2];
    }
  }
  return { width: w, height: h, channels: 3, data: out };
}
