/**
 * The `--json` schema of `facelab detect`, shared with `../shared/reference/mtcnn-reference.json`:
 * `{"images": {"<path>": {"width", "height", "faces": [{"box", "score", "landmarks"}]}}}`; a detector
 * without landmarks (SSD MobileNet v1, Tiny Face Detector) leaves `landmarks` out.
 * Coordinates are rounded to 3 decimals and scores to 6, as in the reference file: finer digits are
 * below the detector's own precision and only make the output longer.
 */
import type { Box, Detection, Landmarks5 } from "../core/types.js";

export interface FaceJson {
  box: Box;
  score: number;
  /** Present when the detector predicts landmarks. */
  landmarks?: Landmarks5;
}

interface ImageJson {
  width: number;
  height: number;
  faces: FaceJson[];
}

export interface DetectJson {
  images: Record<string, ImageJson>;
}

const round = (v: number, digits: number) => Number(v.toFixed(digits));

/** One face in the JSON schema. */
export function faceJson(face: Detection): FaceJson {
  const out: FaceJson = { box: face.box.map((v) => round(v, 3)) as Box, score: round(face.score, 6) };
  if (face.landmarks) out.landmarks = face.landmarks.map(([x, y]) => [round(x, 3), round(y, 3)]) as Landmarks5;
  return out;
}
