/**
 * `align` on one file: decode, detect, pick the face(s), crop or warp, write PNG(s). Returns what
 * happened instead of throwing for the expected cases (unreadable, no face, a face too degenerate
 * to crop or warp), so the command can count them and go on. Every crop is cut before the first
 * write, so a file that fails leaves no output behind (and is retried on a re-run).
 */
import type { Face, Pixels } from "../core/types.js";
import type { Mtcnn } from "../mtcnn/detector.js";
import type { DetectOptions } from "../mtcnn/detector.js";
import type { Size } from "../image/imageLimits.js";
import { ImageLoadError } from "../node/loadImage.js";
import { readInput } from "./readInput.js";
import { marginCrop } from "../align/marginCrop.js";
import { pickMainFace } from "../align/pickMainFace.js";
import { similarityWarp } from "../align/similarityWarp.js";
import { outputNames } from "./alignNames.js";
import { encodePng } from "./encodePixels.js";
import { writeAtomic } from "../node/writeAtomic.js";

export interface AlignSettings {
  size: number;
  margin: number;
  warp: boolean;
  allFaces: boolean;
  mtcnn: DetectOptions;
}

export type AlignOutcome =
  | { kind: "aligned"; written: number }
  | { kind: "noFace" }
  | { kind: "unreadable"; reason: string }
  /** A face whose box or landmarks the crop or warp cannot use (e.g. a box outside the image). */
  | { kind: "unalignable"; reason: string };

/** The aligned crop of one face. */
function alignFace(pixels: Pixels, face: Face, s: AlignSettings): Pixels {
  return s.warp ? similarityWarp(pixels, face.landmarks, { size: s.size }) : marginCrop(pixels, face.box, { size: s.size, margin: s.margin });
}

/** The detector's one method `alignFile` needs (an `Mtcnn`, or a stand-in in tests). */
export type FaceFinder = Pick<Mtcnn, "detect">;

/** Aligns `input` into `outBase`.png (or `outBase`_i.png with `allFaces`); `note` gets the reduction notice. */
export async function alignFile(detector: FaceFinder, input: string, outBase: string, s: AlignSettings, note?: (line: string) => void): Promise<AlignOutcome> {
  let pixels: Pixels;
  let original: Size;
  try {
    ({ pixels, original } = await readInput("align", input, s.mtcnn, note));
  } catch (err) {
    if (err instanceof ImageLoadError) return { kind: "unreadable", reason: err.message };
    throw err;
  }
  const faces = await detector.detect(pixels, s.mtcnn);
  const main = pickMainFace(faces, pixels.width, pixels.height);
  if (main < 0) return { kind: "noFace" };
  const chosen = s.allFaces ? faces : [faces[main]];
  let crops: Pixels[];
  try {
    // On a reduced copy the margin shrinks with it, so the crop covers the same part of the source.
    const margin = s.margin * (pixels.width / original.width);
    crops = chosen.map((face) => alignFace(pixels, face, { ...s, margin }));
  } catch (err) {
    // marginCrop / estimateSimilarity reject degenerate geometry with a RangeError; anything else is a bug.
    if (err instanceof RangeError) return { kind: "unalignable", reason: err.message };
    throw err;
  }
  const files = outputNames(outBase, s.allFaces, crops.length);
  for (let i = 0; i < crops.length; i++) await writeAtomic(files[i], await encodePng(crops[i]));
  return { kind: "aligned", written: crops.length };
}
