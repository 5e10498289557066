/**
 * One LFW image through the pipeline: detect with MTCNN, keep the main face (facenet's rule: large
 * and central), cut the embedder's crop and embed it — optionally with its mirror image averaged in
 * (test-time augmentation). When MTCNN finds no face, facenet's align_dataset_mtcnn.py skips the image (and validate_on_lfw.py
 * then skips its pairs); facelab embeds a centre crop instead, so all 6,000 pairs are scored;
 * here the fallback is the face box deep-funnelled LFW images are centred on, with the landmarks of
 * dlib's mean face placed in it, so every image still gets an embedding and the fallback is counted.
 */
import type { Box, Face, Landmarks5, Pixels, Point } from "../core/types.js";
import { pickMainFace } from "../align/pickMainFace.js";
import { resizeBilinear } from "../align/resizeBilinear.js";
import { dlibChipTemplate } from "../align/dlibChip.js";
import { DEFAULT_MARGIN_CROP, marginCrop } from "../align/marginCrop.js";
import type { Embedder } from "../embed/embedder.js";
import { embedWithFlip } from "../embed/embedWithFlip.js";
import { mirror } from "../align/mirror.js";
import type { Mtcnn } from "../mtcnn/detector.js";
import { dlib5FromIbug68, dlibFaceChip } from "../align/dlibFaceChip.js";
import { jitterChip } from "../align/jitterChip.js";
import { seededRandom } from "../core/random.js";
import type { FaceLandmarks68 } from "../landmarks/faceLandmarks68.js";
import type { EmbeddingRow } from "./embeddingTable.js";

export type AlignMode = "chip" | "margin";

/**
 * Which landmarks place dlib's chip: "mtcnn" (MTCNN's five points on a template taken from dlib's mean
 * face, the default), "dlib68" (68 points from face-api.js's landmark net on the MTCNN box, dlib's
 * 68-point chip) or "dlib5" (dlib's five points — eye corners, nose base — taken from those 68).
 */
export type ChipLandmarks = "mtcnn" | "dlib68" | "dlib5";

/** One variant of dlib's chip: its landmarks, and flip averaging or k jittered copies (0: neither). */
export interface ChipVariant {
  landmarks: ChipLandmarks;
  flip: boolean;
  jitter: number;
}

export interface EmbedImageOptions {
  /** "chip": the embedder's own 5-point alignment (dlib's chip, ArcFace's template…); "margin": facenet's box + margin crop. */
  align: AlignMode;
  /** With `align: "margin"`: total margin in source pixels, half per side (facenet `--margin`; default 32). */
  margin?: number;
  /** Average the embedding of the mirrored crop in. */
  flip: boolean;
  /** Side of the thumbnail returned for the pages. */
  thumbSize: number;
  /** With `align: "chip"` and dlib's network: where the chip's landmarks come from (default "mtcnn"). */
  chipLandmarks?: ChipLandmarks;
  /** Average the embeddings of this many dlib-style jittered copies of the crop instead (0: none). */
  jitter?: number;
  /**
   * Several chip variants of the one embedder from one pass (an ablation): each image's landmarks,
   * chips and mirror images are computed once and shared by the variants that use them. The results
   * follow this order; `chipLandmarks`, `flip` and `jitter` above are then ignored.
   */
  variants?: readonly ChipVariant[];
  /** Seed of the jitter's generator, combined with the image's path so each image draws the same copies in any run. */
  seed?: number;
}

/** FNV-1a hash of `text`, to give each image its own repeatable jitter draws. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
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
  /** The 68-point landmark net, needed when `o.chipLandmarks` is "dlib68" or "dlib5". */
  landmarker?: FaceLandmarks68,
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
  if (o.variants) return { row, results: await embedVariants(embedders, pixels, face, path, o, o.variants, landmarker) };
  const points = o.align === "chip" && o.chipLandmarks && o.chipLandmarks !== "mtcnn" ? await dlibPoints(pixels, face, o.chipLandmarks, landmarker) : undefined;
  const results: { embedding: Float32Array; thumb: Uint8Array }[] = [];
  for (const embedder of embedders) {
    const crop = points
      ? dlibFaceChip(pixels, points, embedder.inputSize)
      : o.align === "chip"
        ? embedder.align(pixels, face)
        : marginCrop(pixels, face.box, { size: embedder.inputSize, margin: o.margin ?? DEFAULT_MARGIN_CROP.margin });
    const embedding = o.jitter
      ? await embedJittered(embedder, crop, o.jitter, seededRandom(hash(path) ^ (o.seed ?? 0)))
      : (await embedWithFlip(embedder, [crop], o.flip))[0];
    const thumb = resizeBilinear(crop, o.thumbSize, o.thumbSize);
    results.push({ embedding, thumb: Uint8Array.from(thumb.data) });
  }
  return { row, results };
}

/** The mean embedding of `count` jittered copies of `crop` (dlib's example: `mean(mat(net(jitter_image(face))))`). */
async function embedJittered(embedder: Embedder, crop: Pixels, count: number, random: () => number): Promise<Float32Array> {
  const all = await embedder.embed(jitterChip(crop, count, random));
  const mean = new Float32Array(embedder.dimension);
  for (const e of all) for (let k = 0; k < mean.length; k++) mean[k] += e[k] / all.length;
  return mean;
}

/** dlib-style landmarks of `face` (68, or dlib's five taken from them) from the 68-point net on its box. */
async function dlibPoints(pixels: Pixels, face: Face, landmarks: "dlib68" | "dlib5", landmarker?: FaceLandmarks68): Promise<Point[]> {
  if (!landmarker) throw new Error(`chip landmarks "${landmarks}" need the 68-point landmark net`);
  const points68 = await landmarker.locate(pixels, face.box);
  return landmarks === "dlib5" ? dlib5FromIbug68(points68) : points68;
}

/** Each variant's embedding of `face` with the first embedder; chips and plain/mirror embeddings computed once each. */
async function embedVariants(
  embedders: readonly Embedder[],
  pixels: Pixels,
  face: Face,
  path: string,
  o: EmbedImageOptions,
  variants: readonly ChipVariant[],
  landmarker?: FaceLandmarks68,
) {
  const [embedder] = embedders;
  const points68 = variants.some((v) => v.landmarks !== "mtcnn") ? await dlibPoints(pixels, face, "dlib68", landmarker) : undefined;
  const chips = new Map<ChipLandmarks, Pixels>();
  const chipOf = (l: ChipLandmarks) => {
    if (!chips.has(l)) {
      const points = l === "dlib68" ? points68 : l === "dlib5" ? dlib5FromIbug68(points68 as Point[]) : undefined;
      chips.set(l, points ? dlibFaceChip(pixels, points, embedder.inputSize) : embedder.align(pixels, face));
    }
    return chips.get(l) as Pixels;
  };
  // one batch: every chip that any variant uses as it is, and mirrored where a variant flips
  const plain = [...new Set(variants.filter((v) => !v.jitter).map((v) => v.landmarks))];
  const mirrored = [...new Set(variants.filter((v) => !v.jitter && v.flip).map((v) => v.landmarks))];
  const batch = [...plain.map(chipOf), ...mirrored.map((l) => mirror(chipOf(l)))];
  const out = batch.length ? await embedder.embed(batch) : [];
  const results: { embedding: Float32Array; thumb: Uint8Array }[] = [];
  for (const v of variants) {
    const chip = chipOf(v.landmarks);
    let embedding: Float32Array;
    if (v.jitter) embedding = await embedJittered(embedder, chip, v.jitter, seededRandom(hash(path) ^ (o.seed ?? 0)));
    else {
      const e = out[plain.indexOf(v.landmarks)];
      const m = v.flip ? out[plain.length + mirrored.indexOf(v.landmarks)] : undefined;
      embedding = m ? e.map((x, k) => (x + m[k]) / 2) : e;
    }
    results.push({ embedding, thumb: Uint8Array.from(resizeBilinear(chip, o.thumbSize, o.thumbSize).data) });
  }
  return results;
}
