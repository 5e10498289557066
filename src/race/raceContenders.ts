/**
 * The two MTCNNs as contenders of mtcnnRace.ts, with the settings both run: facelab's defaults (min
 * face 20, factor 0.709, thresholds 0.6/0.7/0.7 — face-api.js's own defaults differ, e.g. at most 10
 * pyramid scales). Each gets its input made in its own window (untimed); only detection is timed.
 * Shared by the Performance page's live race and the benchmark page (bench/browser/entry.ts), both through `facelab/race`.
 */
import { pixelsFrom } from "../browser/pixelsFrom.js";
import type { Mtcnn } from "../mtcnn/detector.js";
import { DEFAULT_MTCNN_CONFIG } from "../mtcnn/options.js";
import type { PeerMtcnn, RaceSettings } from "./faceApiMtcnn.js";
import type { Contender, RaceImage } from "./mtcnnRace.js";

const { minFaceSize, scaleFactor, thresholds } = DEFAULT_MTCNN_CONFIG;
export const RACE_SETTINGS = { minFaceSize, scaleFactor, thresholds: [...thresholds] as [number, number, number] } satisfies RaceSettings;

/** `image` on a canvas of this window. */
export function canvasOf(image: RaceImage): HTMLCanvasElement {
  const canvas = document.createElement("canvas");
  canvas.width = image.width;
  canvas.height = image.height;
  canvas.getContext("2d")!.putImageData(new ImageData(image.rgba as Uint8ClampedArray<ArrayBuffer>, image.width, image.height), 0, 0);
  return canvas;
}

/** facelab's MTCNN: boxes only, as face-api.js gives. */
export const facelabContender = (mtcnn: Mtcnn): Contender<HTMLCanvasElement> => ({
  name: "facelab",
  prepare: canvasOf,
  detect: async (canvas) => (await mtcnn.detect(pixelsFrom(canvas), RACE_SETTINGS)).map((f) => f.box),
});

/** face-api.js's MTCNN, on canvases of its own iframe. */
export const faceApiContender = (peer: PeerMtcnn): Contender<HTMLCanvasElement> => ({
  name: "face-api.js",
  prepare: (image) => peer.canvas(image),
  detect: (canvas) => peer.detect(canvas, RACE_SETTINGS),
});
