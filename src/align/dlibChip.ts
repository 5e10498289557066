/**
 * dlib's face chip for its recognition ResNet: `extract_image_chip(img, get_face_chip_details(shape,
 * 150, 0.25))` (dlib `examples/dnn_face_recognition_ex.cpp`). dlib fits a similarity transform from
 * its landmarks onto a mean face shape (dlib `image_transforms/interpolation.h`, points 17–67 of the
 * 68-point iBUG mark-up, in a unit square) padded by 25 % per side, and samples bilinearly.
 *
 * MTCNN gives eye centres, nose tip and mouth corners rather than dlib's eye corners and nose base, so
 * the template here takes the same mean face at those points: each eye the mean of its six contour
 * points (36–41, 42–47), the nose tip (30), the mouth corners (48, 54). Same face geometry, same
 * framing, so the network sees crops like those it was trained on.
 */
import type { Landmarks5, Pixels } from "../core/types.js";
import { estimateSimilarity } from "./similarityTransform.js";
import { warpSimilarity } from "./warpSimilarity.js";

/** dlib `get_face_chip_details`: mean positions of points 17–67 in the unit square (x, then y; index i − 17). */
export const MEAN_FACE_X = [
  0.000213256, 0.0752622, 0.18113, 0.29077, 0.393397, 0.586856, 0.689483, 0.799124, 0.904991, 0.98004, 0.490127, 0.490127, 0.490127, 0.490127, 0.36688,
  0.426036, 0.490127, 0.554217, 0.613373, 0.121737, 0.187122, 0.265825, 0.334606, 0.260918, 0.182743, 0.645647, 0.714428, 0.793132, 0.858516, 0.79751, 0.719335,
  0.254149, 0.340985, 0.428858, 0.490127, 0.551395, 0.639268, 0.726104, 0.642159, 0.556721, 0.490127, 0.423532, 0.338094, 0.290379, 0.428096, 0.490127,
  0.552157, 0.689874, 0.553364, 0.490127, 0.42689,
];
export const MEAN_FACE_Y = [
  0.106454, 0.038915, 0.0187482, 0.0344891, 0.0773906, 0.0773906, 0.0344891, 0.0187482, 0.038915, 0.106454, 0.203352, 0.307009, 0.409805, 0.515625, 0.587326,
  0.609345, 0.628106, 0.609345, 0.587326, 0.216423, 0.178758, 0.179852, 0.231733, 0.245099, 0.244077, 0.231733, 0.179852, 0.178758, 0.216423, 0.244077,
  0.245099, 0.780233, 0.745405, 0.727388, 0.742578, 0.727388, 0.745405, 0.780233, 0.864805, 0.902192, 0.909281, 0.902192, 0.864805, 0.784792, 0.778746,
  0.785343, 0.778746, 0.784792, 0.824182, 0.831803, 0.824182,
];

/** dlib's chip for its face-recognition model: 150 px, padding 0.25 (`dnn_face_recognition_ex.cpp`). */
const DLIB_CHIP = Object.freeze({ size: 150, padding: 0.25 });

/** The mean of 68-point indices `points`, in the unit square. */
function meanOf(points: readonly number[]): [number, number] {
  const xs = points.map((i) => MEAN_FACE_X[i - 17]);
  const ys = points.map((i) => MEAN_FACE_Y[i - 17]);
  return [xs.reduce((a, b) => a + b) / xs.length, ys.reduce((a, b) => a + b) / ys.length];
}

/** Where MTCNN's five landmarks land in a `size`×`size` dlib chip with `padding`. */
export function dlibChipTemplate(size: number = DLIB_CHIP.size, padding: number = DLIB_CHIP.padding): Landmarks5 {
  const unit = [meanOf([36, 37, 38, 39, 40, 41]), meanOf([42, 43, 44, 45, 46, 47]), meanOf([30]), meanOf([48]), meanOf([54])];
  return unit.map(([x, y]) => [((padding + x) / (2 * padding + 1)) * size, ((padding + y) / (2 * padding + 1)) * size]) as Landmarks5;
}

/** The face of `landmarks` as dlib's recognition chip, `size`×`size` RGB (default 150). */
export function dlibChip(pixels: Pixels, landmarks: Landmarks5, size: number = DLIB_CHIP.size): Pixels {
  if (!(Number.isInteger(size) && size > 0)) throw new RangeError(`dlibChip: size must be a positive integer, got ${size}`);
  return warpSimilarity(pixels, estimateSimilarity(landmarks, dlibChipTemplate(size)), size);
}
