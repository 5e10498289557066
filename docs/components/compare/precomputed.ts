// The record of the compare page's sample photos run through the page's own pipeline in Node
// (scripts/precomputeSamples.ts → _data/compare/samples.json), so the first verdict can show before
// the networks have loaded. The page then recomputes the same faces live and says which it shows.
import type { Box, Landmarks5 } from "facelab";

/** One face as the page's pipeline found it: MTCNN's box, score and landmarks, dlib's unit embedding (mirror averaged in). */
export interface PrecomputedFace {
  box: Box;
  score: number;
  landmarks: Landmarks5;
  unit: number[];
}

/** One sample photo: its size as decoded (the faces apply only to a photo of that size) and its faces, best first. */
export interface PrecomputedPhoto {
  file: string;
  width: number;
  height: number;
  faces: PrecomputedFace[];
}

export interface PrecomputedSamples {
  /** The command that wrote the file, and when (ISO date). */
  command: string;
  date: string;
  facelab: string;
  backend: string;
  /** SHA-256 of each weight file used, by its path under docs/. */
  weights: Record<string, string>;
  photos: Record<string, PrecomputedPhoto>;
}
