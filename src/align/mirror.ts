/** Mirror images, for test-time flip augmentation. */
import type { Pixels } from "../core/types.js";

/** Mirror image (left ↔ right). */
export function mirror(p: Pixels): Pixels {
  const out = new Uint8Array(p.width * p.height * 3);
  for (let y = 0; y < p.height; y++) {
    for (let x = 0; x < p.width; x++) {
      const s = (y * p.width + (p.width - 1 - x)) * p.channels;
      out.set([p.data[s], p.data[s + 1], p.data[s + 2]], (y * p.width + x) * 3);
    }
  }
  return { width: p.width, height: p.height, channels: 3, data: out };
}
