/**
 * `align` on one file: decode, detect, pick the face(s), crop or warp, write PNG(s). Returns what
 * happened instead of throwing for the expected cases (unreadable, no face), so the command can
 * count them and go on.
 */
import type { Face, Pixels } from "../core/types.js";
import type { Mtcnn } from "../mtcnn/detector.js";
import type { MtcnnOptions } from "../mtcnn/options.js";
import { ImageLoadError, loadImage } from "../node/loadImage.js";
import { marginCrop } from "../align/marginCrop.js";
import { pickMainFace } from "../align/pickMainFace.js";
import { similarityWarp } from "../align/similarityWarp.js";
import { encodePng } from "./encodePixels.js";
import { writeAtomic } from "./writeAtomic.js";

export interface AlignSettings {
  size: number;
  margin: number;
  warp: boolean;
  allFaces: boolean;
  mtcnn: MtcnnOptions;
}

export type AlignOutcome =
  | { kind: "aligned"; written: number }
  | { kind: "noFace" }
  | { kind: "unreadable"; reason: string };

/** The aligned crop of one face. */
function alignFace(pixels: Pixels, face: Face, s: AlignSettings): Pixels {
  return s.warp ? similarityWarp(pixels, face.landmarks, { size: s.size }) : marginCrop(pixels, face.box, { size: s.size, margin: s.margin });
}

/** The output file(s) of `outBase` (output path without extension) for `n` faces. */
export function outputNames(outBase: string, allFaces: boolean, n: number): string[] {
  return allFaces ? Array.from({ length: n }, (_, i) => `${outBase}_${i}.png`) : [`${outBase}.png`];
}

/** Aligns `input` into `outBase`.png (or `outBase`_i.png with `allFaces`). */
export async function alignFile(detector: Mtcnn, input: string, outBase: string, s: AlignSettings): Promise<AlignOutcome> {
  let pixels: Pixels;
  try {
    pixels = await loadImage(input);
  } catch (err) {
    if (err instanceof ImageLoadError) return { kind: "unreadable", reason: err.message };
    throw err;
  }
  const faces = await detector.detect(pixels, s.mtcnn);
  const main = pickMainFace(faces, pixels.width, pixels.height);
  if (main < 0) return { kind: "noFace" };
  const chosen = s.allFaces ? faces : [faces[main]];
  const files = outputNames(outBase, s.allFaces, chosen.length);
  for (let i = 0; i < chosen.length; i++) await writeAtomic(files[i], await encodePng(alignFace(pixels, chosen[i], s)));
  return { kind: "aligned", written: chosen.length };
}
