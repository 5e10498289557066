/**
 * 68 face landmarks (iBUG 300-W mark-up: jaw 0–16, brows 17–26, nose 27–35, eyes 36–47, mouth 48–67)
 * from face-api.js's landmark net, for a face already found by a detector. The face's box is cut out
 * (rounded, clipped to the image), padded with black to a centred square and resized to 112 px, as
 * face-api.js `extractFaceTensors` and `toBatchTensor(112, true)` prepare it; the net's [0, 1]
 * coordinates are mapped back to source pixels.
 */
import * as tf from "@tensorflow/tfjs-core";
import type { Box, ModelFileReader, Pixels, Point } from "../core/types.js";
import { disposeWeightMap, loadWeightMap, type WeightMap } from "../detect/weightMap.js";
import { faceLandmark68, LANDMARK68_INPUT, LANDMARK68_WEIGHT_NAMES } from "./faceLandmark68Net.js";

/** The manifest's file name in `@vladmandic/face-api/model/`. */
export const LANDMARK68_MANIFEST = "face_landmark_68_model-weights_manifest.json";

/** Where the box's square lies in the source: the net's unit square times `side`, plus `(x0, y0)`. */
export interface SquareFrame {
  x0: number;
  y0: number;
  side: number;
}

/** The integer crop of `box` inside a `width`×`height` image and its centred square (face-api.js's padding). */
export function landmarkFrame(box: Box, width: number, height: number): { crop: Box; frame: SquareFrame } {
  const x1 = Math.max(0, Math.round(box[0]));
  const y1 = Math.max(0, Math.round(box[1]));
  const x2 = Math.min(width, Math.round(box[2]));
  const y2 = Math.min(height, Math.round(box[3]));
  if (!(x2 > x1 && y2 > y1)) throw new RangeError(`landmarks: box [${box.join(", ")}] has no pixels inside ${width}×${height}`);
  const w = x2 - x1;
  const h = y2 - y1;
  const side = Math.max(w, h);
  return { crop: [x1, y1, x2, y2], frame: { x0: x1 - Math.floor((side - w) / 2), y0: y1 - Math.floor((side - h) / 2), side } };
}

/** The net's 136 outputs (x, y in [0, 1] of its square) as 68 source-pixel points. */
export function toSourcePoints(out: ArrayLike<number>, { x0, y0, side }: SquareFrame): Point[] {
  return Array.from({ length: 68 }, (_, i) => [x0 + out[2 * i] * side, y0 + out[2 * i + 1] * side] as Point);
}

/** The centred black-padded square of the crop, as a `[1, side, side, 3]` int32 tensor (caller disposes). */
function squareCrop(pixels: Pixels, crop: Box, frame: SquareFrame): tf.Tensor4D {
  const { side, x0, y0 } = frame;
  const rgb = new Int32Array(side * side * 3);
  for (let y = crop[1]; y < crop[3]; y++) {
    for (let x = crop[0]; x < crop[2]; x++) {
      const s = (y * pixels.width + x) * pixels.channels;
      const d = ((y - y0) * side + (x - x0)) * 3;
      rgb[d] = pixels.data[s];
      rgb[d + 1] = pixels.data[s + 1];
      rgb[d + 2] = pixels.data[s + 2];
    }
  }
  return tf.tensor4d(rgb, [1, side, side, 3], "int32");
}

/** face-api.js's 68-point landmark net on facelab's tfjs-core. */
export class FaceLandmarks68 {
  private constructor(private readonly weights: WeightMap) {}

  /** Loads `face_landmark_68_model*` through `read` (357 KB, uint8-quantised). */
  static async load(read: ModelFileReader): Promise<FaceLandmarks68> {
    return new FaceLandmarks68(await loadWeightMap(read, LANDMARK68_MANIFEST, LANDMARK68_WEIGHT_NAMES));
  }

  /** The 68 landmarks of the face in `box` of `pixels`, in source pixels. */
  async locate(pixels: Pixels, box: Box): Promise<Point[]> {
    const { crop, frame } = landmarkFrame(box, pixels.width, pixels.height);
    const out = tf.tidy(() => {
      const square = squareCrop(pixels, crop, frame);
      // alignCorners and halfPixelCenters off, as face-api.js resizes
      const input = tf.cast(tf.image.resizeBilinear(square, [LANDMARK68_INPUT, LANDMARK68_INPUT]), "float32") as tf.Tensor4D;
      return faceLandmark68(input, this.weights);
    });
    let data: Float32Array;
    try {
      data = (await out.data()) as Float32Array;
    } finally {
      out.dispose();
    }
    return toSourcePoints(data, frame);
  }

  /** Frees the weights. */
  dispose(): void {
    disposeWeightMap(this.weights);
  }
}
