/**
 * One-to-one matching of two sets of boxes by IoU, greedily from the best-overlapping pair down:
 * how parity with a reference and agreement between two detectors are counted.
 */
import { iou } from "./box.js";
import type { Box } from "./types.js";

/** Pairs `[i, j, iou]` of `a[i]` and `b[j]` at or above `minIou`, each box used at most once, best IoU first. */
export function matchBoxes(a: readonly Box[], b: readonly Box[], minIou: number): [number, number, number][] {
  const pairs: [number, number, number][] = [];
  a.forEach((r, i) =>
    b.forEach((o, j) => {
      const v = iou(r, o);
      if (v >= minIou) pairs.push([i, j, v]);
    }),
  );
  pairs.sort((x, y) => y[2] - x[2]);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  return pairs.filter(([i, j]) => {
    if (usedA.has(i) || usedB.has(j)) return false;
    usedA.add(i);
    usedB.add(j);
    return true;
  });
}
