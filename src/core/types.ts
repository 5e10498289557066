/**
 * The shared vocabulary of facelab. One box convention everywhere:
 * `[x1, y1, x2, y2]` in source-image pixels, x to the right, y down, (x1, y1) the top-left corner.
 */

/** An axis-aligned box `[x1, y1, x2, y2]` in source-image pixels. */
export type Box = [number, number, number, number];

/** A point `[x, y]` in source-image pixels. */
export type Point = [number, number];

/**
 * Five facial landmarks, in this order: image-left eye, image-right eye, nose,
 * image-left mouth corner, image-right mouth corner ("left" means left in the picture).
 */
export type Landmarks5 = [Point, Point, Point, Point, Point];

/**
 * One face found by any detector (see `Detector`): its box, the detector's face score in [0, 1], and
 * five landmarks if the model predicts them (MTCNN does; SSD MobileNet v1 and Tiny Face Detector do not).
 */
export interface Detection {
  box: Box;
  score: number;
  landmarks?: Landmarks5;
}

/** One detected face: its box, the O-Net face probability and five landmarks. */
export interface Face extends Detection {
  landmarks: Landmarks5;
}

/**
 * Decoded pixels, row-major, 8 bits per channel. `channels` is 3 (RGB) or 4 (RGBA, alpha ignored),
 * so canvas `ImageData` can be used without a copy.
 */
export interface Pixels {
  width: number;
  height: number;
  channels: 3 | 4;
  data: Uint8Array | Uint8ClampedArray;
}

/**
 * Reads a model file (manifest or shard) by name, e.g. `pnet-weights_manifest.json`: from disk in Node
 * (`fileReader`), over HTTP in a page (`urlReader`). Every loader takes one, so none knows the platform.
 */
export type ModelFileReader = (file: string) => Promise<ArrayBuffer>;
