/**
 * One LFW image through the pipeline: detect with MTCNN, keep the main face (facenet's rule: large
 * and central), cut the embedder's crop and embed it — optionally with its mirror image averaged in
 * (test-time augmentation). When MTCNN finds no face, facenet's align_dataset_mtcnn.py skips the image (and validate_on_lfw.py
 * then skips its pairs); facelab embeds a centre crop instead, so all 6,000 pairs are scored;
 * here the fallback is the face box deep-funnelled LFW images are centred on, with the landmarks of
 * dlib's mean face placed in it, so every image still gets an embedding and the fallback is counted.
 */
import type { Box, Face, Landmarks5, Pixels } from "../core/types.js";
import { pickMainFace } from "../align/pickMainFace.js";
import { resizeBilinear } from "../align/resizeBilinear.js";
import { dlibChipTemplate } from "../align/dlibChip.js";
import { DEFAULT_MARGIN_CROP, marginCrop } from "../align/marginCrop.js";
import type { Embedder } from "../embed/embedder.js";
import { embedWithFlip } from "../embed/embedWithFlip.js";
import type { Mtcnn } from "../mtcnn/detector.js";
import type { EmbeddingRow } from "./embeddingTable.js";

export type AlignMode = "chip" | "margin";

export interface EmbedImageOptions {
  /** "chip": the embedder's own 5-point alignment (dlib's chip, ArcFace's template…); "margin": facenet's box + margin crop. */
  align: AlignMode;
  /** With `align: "margin"`: total margin in source pixels, half per side (facenet `--margin`; default 32). */
  margin?: number;
  /** Average the embedding of the mirrored crop in. */
  flip: boolean;
  /** Side of the thumbnail returned for the pages. */
  thumbSize: number;
}

/**
 * The fallback face: a centred square of 40 % of the shorter side (deep-funnelled LFW centres faces,
 * about 100 px between the outer eyebrows at 250×250), with dlib's mean-face landmarks spread over it.
 */
function centreFace(width: number, height: number): Face {
  const side = 0.4 * Math.min(width, height);
  return boxFace([(width - side) / 2, (height - side) / 2, (width + side) / 2, (height + side) / 2], 0);
}

/** A face known only by its box: dlib's mean-face landmarks spread over it (for box crops; no landmark was measured). */
function boxFace(box: Box, score: number): Face {
  const side = Math.min(box[2] - box[0], box[3] - box[1]);
  // In a 150 px chip with 25 % padding the mean face's unit square spans pixels 25 … 125.
  const landmarks = dlibChipTemplate(150).map(([x, y]) => [box[0] + ((x - 25) * side) / 100, box[1] + ((y - 25) * side) / 100]) as Landmarks5;
  return { box, score, landmarks };
}

/** The row, embedding and RGB thumbnail of one image. */
export async function embedImage(mtcnn: Mtcnn, embedder: Embedder, path: string, pixels: Pixels, o: EmbedImageOptions) {
  const { row, results } = await embedImageWith(mtcnn, [embedder], path, pixels, o);
  return { row, ...results[0] };
}

/**
 * One detection, then each embedder's own crop and embedding: comparing embedders on the same faces
 * costs MTCNN once, not once per embedder. `results` follow `embedders`' order.
 */
export async function embedImageWith(
  mtcnn: Mtcnn,
  embedders: readonly Embedder[],
  path: string,
  pixels: Pixels,
  o: EmbedImageOptions,
  /** An earlier run's row for this image: its box is used instead of detecting (box crops only: it has no landmarks). */
  given?: EmbeddingRow,
) {
  let face: Face;
  let source: EmbeddingRow["source"];
  if (given) {
    face = given.source === "mtcnn" ? boxFace(given.box, given.score) : centreFace(pixels.width, pixels.height);
    source = given.source;
  } else {
    const faces = await mtcnn.detect(pixels);
    const main = pickMainFace(faces, pixels.width, pixels.height);
    face = main < 0 ? centreFace(pixels.width, pixels.height) : faces[main];
    source = main < 0 ? "center-crop" : "mtcnn";
  }
  const row: EmbeddingRow = { path, score: face.score, box: face.box, source };
  const results: { embedding: Float32Array; thumb: Uint8Array }[] = [];
  for (const embedder of embedders) {
    const crop =
      o.align === "chip"
        ? embedder.align(pixels, face)
        : marginCrop(pixels, face.box, { size: embedder.inputSize, margin: o.margin ?? DEFAULT_MARGIN_CROP.margin });
    const [embedding] = await embedWithFlip(embedder, [crop], o.flip);
    const thumb = resizeBilinear(crop, o.thumbSize, o.thumbSize);
    results.push({ embedding, thumb: Uint8Array.from(thumb.data) });
  }
  return { row, results };
}
