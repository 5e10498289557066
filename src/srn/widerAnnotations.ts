/**
 * Parser for WIDER FACE's ground-truth text format (`wider_face_*_bbx_gt.txt`): per image a path line,
 * a face count, then one line per face `x y w h blur expression illumination invalid occlusion pose`.
 * An image with no face still has one all-zero face line, which is skipped. Boxes are converted to the
 * library's [x1, y1, x2, y2] convention (x2 = x + w).
 */
import type { Box } from "../core/types.js";

/** One annotated face: its box and WIDER's attribute labels (see the dataset's readme.txt). */
export interface WiderFace {
  box: Box;
  /** 0 clear, 1 normal blur, 2 heavy blur. */
  blur: number;
  /** 0 typical, 1 exaggerated. */
  expression: number;
  /** 0 normal, 1 extreme. */
  illumination: number;
  /** 1 when the annotators marked the face invalid. */
  invalid: number;
  /** 0 none, 1 partial, 2 heavy. */
  occlusion: number;
  /** 0 typical, 1 atypical. */
  pose: number;
}

export interface WiderImage {
  /** Relative to the dataset's `images/` folder, e.g. `0--Parade/0_Parade_marchingband_1_849.jpg`. */
  path: string;
  faces: WiderFace[];
}

/** Parses the whole file; `source` names it in errors (which also give the line number). */
export function parseWiderAnnotations(text: string, source = "WIDER annotations"): WiderImage[] {
  const lines = text.split(/\r?\n/);
  const images: WiderImage[] = [];
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`${source}:${i + 1}: ${what}`);
  };
  while (i < lines.length) {
    const path = lines[i].trim();
    if (path === "") {
      i++;
      continue;
    }
    if (!/\.(jpe?g|png)$/i.test(path)) fail(`expected an image path, got "${path}"`);
    i++;
    const count = Number(lines[i]?.trim());
    if (!Number.isInteger(count) || count < 0) fail(`expected a face count after ${path}, got "${lines[i] ?? ""}"`);
    i++;
    const faces: WiderFace[] = [];
    for (let k = 0; k < Math.max(count, 1); k++, i++) {
      const v = (lines[i] ?? "").trim().split(/\s+/).map(Number);
      if (v.length < 10 || v.some((x) => !Number.isFinite(x))) fail(`expected 10 numbers for a face of ${path}, got "${lines[i] ?? ""}"`);
      if (count === 0) continue; // the placeholder line of a faceless image
      const [x, y, w, h, blur, expression, illumination, invalid, occlusion, pose] = v;
      faces.push({ box: [x, y, x + w, y + h], blur, expression, illumination, invalid, occlusion, pose });
    }
    images.push({ path, faces });
  }
  return images;
}
