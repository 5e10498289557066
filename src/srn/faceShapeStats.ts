/**
 * Face-size and aspect-ratio statistics of a set of WIDER annotations — the data behind SRN's
 * motivation for small anchors (most faces are tiny) and for RFE (some faces are far from square:
 * the paper counts the training faces with aspect ratio > 2 or < 0.5). Aspect ratio here is
 * height / width, like the anchors' 1.25; the > 2 or < 0.5 share is the same either way.
 */
import { logBins, type Bin } from "./histogram.js";
import type { WiderImage } from "./widerAnnotations.js";

export interface FaceShapeStats {
  images: number;
  /** Every annotated face. */
  faces: number;
  /** Faces with zero width or height (left out of the histograms). */
  zeroSize: number;
  /** Faces flagged invalid by the annotators (kept, as in training). */
  invalid: number;
  /** Faces in the histograms: positive width and height. */
  measured: number;
  /** √(width × height) in pixels, half-octave bins 1–2048. */
  size: Bin[];
  /** Height / width, quarter-octave bins 1/16–16. */
  aspect: Bin[];
  /** Faces with height / width > 2, < 0.5, and their share of `measured`. */
  extremeAspect: { tall: number; wide: number; share: number };
  /** Share of measured faces with √(w·h) below 16 and 32 px. */
  smallShare: { below16: number; below32: number };
}

/** The statistics of every face in `images`. */
export function faceShapeStats(images: readonly WiderImage[]): FaceShapeStats {
  const sizes: number[] = [];
  const aspects: number[] = [];
  let faces = 0,
    invalid = 0;
  for (const image of images) {
    for (const {
      box: [x1, y1, x2, y2],
      invalid: bad,
    } of image.faces) {
      faces++;
      if (bad) invalid++;
      const w = x2 - x1,
        h = y2 - y1;
      if (w > 0 && h > 0) {
        sizes.push(Math.sqrt(w * h));
        aspects.push(h / w);
      }
    }
  }
  const measured = sizes.length;
  const tall = aspects.filter((a) => a > 2).length;
  const wide = aspects.filter((a) => a < 0.5).length;
  const share = (n: number) => n / measured;
  return {
    images: images.length,
    faces,
    zeroSize: faces - measured,
    invalid,
    measured,
    size: logBins(sizes, 1, 2048, 2),
    aspect: logBins(aspects, 1 / 16, 16, 4),
    extremeAspect: { tall, wide, share: share(tall + wide) },
    smallShare: { below16: share(sizes.filter((s) => s < 16).length), below32: share(sizes.filter((s) => s < 32).length) },
  };
}
