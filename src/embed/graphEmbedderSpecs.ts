/**
 * The model cards of the TensorFlow.js graph-model face embedders facelab ships besides dlib's ResNet
 * (files in `models/<name>/`, provenance and licences in models/README.md): what each network expects
 * — crop, input size, colour order, normalisation — and what it returns. MobileFace was trained on
 * insightface's 112×112 crops (the five landmarks similarity-warped onto ArcFace's template,
 * `alignmentTemplate.ts`), so it is fed that crop; FaceRes on loose MTCNN box crops, so it gets those.
 * (The MobileFaceNet graph of the same npm package is not here: see models/README.md.)
 */
import type { Normalisation } from "./normalisation.js";

export type GraphEmbedderName = "mobileface" | "faceres";

/** "arcface": the five landmarks warped onto ArcFace's template; "box": the detector's box plus `margin` pixels in all (half per side), stretched to the input square. */
export type GraphEmbedderCrop = { kind: "arcface" } | { kind: "box"; margin: number };

export interface GraphEmbedderSpec {
  name: GraphEmbedderName;
  /** Who made it and what it is, in one line (for docs and pages). */
  title: string;
  /** The tfjs model file in `models/<name>/` (its weight shards are named inside it). */
  modelFile: string;
  /** The crop the network was trained on. */
  crop: GraphEmbedderCrop;
  /** Side of the square crop. */
  inputSize: number;
  /** Length of the embedding. */
  dimension: number;
  /** Applied to 0…255 pixels before the graph's first node. */
  normalisation: Normalisation;
  /** What the graph itself does to its input first, when it normalises inside (else undefined). */
  builtInNormalisation?: string;
  /** Colour order of the input. */
  channels: "rgb" | "bgr";
  /** Whether the graph already returns unit-length vectors. */
  unitLength: boolean;
  /** The graph node holding the embedding, when the graph has several outputs. */
  output?: string;
}

/** Keras/Caffe ImageNet preprocessing: BGR channel means subtracted, no scaling. */
const CAFFE_BGR_MEANS: Normalisation = Object.freeze({ kind: "affine", mean: [103.939, 116.779, 123.68] as const, scale: 1 });
/** Nothing: the graph scales its input itself. */
const IDENTITY: Normalisation = Object.freeze({ kind: "affine", mean: 0, scale: 1 });

export const GRAPH_EMBEDDERS: Readonly<Record<GraphEmbedderName, GraphEmbedderSpec>> = Object.freeze({
  // becauseofAI/MobileFace (MIT), MobileFace_Identification_V3: a ResNet/MobileNetV2 hybrid, 256-D
  // after a batch norm. The converted graph starts with (x − 127.5) · 0.0078125 (nodes `sub`, `mul`),
  // so it takes raw pixels. Trained with insightface's tooling on its 112×112 RGB crops (the repo
  // benchmarks on insightface's lfw.bin).
  mobileface: {
    name: "mobileface",
    title: "MobileFace Identification V3 (becauseofAI/MobileFace)",
    modelFile: "mobileface.json",
    crop: { kind: "arcface" },
    inputSize: 112,
    dimension: 256,
    normalisation: IDENTITY,
    builtInNormalisation: "(x − 127.5) · 0.0078125",
    channels: "rgb",
    unitLength: false,
  },
  // av-savchenko/HSE_FaceRec_tf (Apache-2.0), age_gender_identity: a MobileNet trained for identity on
  // VGGFace2, then given age and gender heads (Savchenko 2019). The embedding is the 1024-D global
  // average pool. facial_analysis.py crops the MTCNN box plus 10 px per side, resizes it to 224×224
  // (stretching), flips RGB to BGR and subtracts the ImageNet (Caffe) channel means.
  faceres: {
    name: "faceres",
    title: "FaceRes: HSE MobileNet on VGGFace2 (Savchenko 2019)",
    modelFile: "faceres.json",
    crop: { kind: "box", margin: 20 },
    inputSize: 224,
    dimension: 1024,
    normalisation: CAFFE_BGR_MEANS,
    channels: "bgr",
    unitLength: false,
    output: "global_pooling/Mean",
  },
});

/** Every embedder `facelab lfw embed --embedder` accepts: dlib's ResNet, then the graph models. */
export const EMBEDDER_NAMES = ["dlib", ...(Object.keys(GRAPH_EMBEDDERS) as GraphEmbedderName[])] as const;
export type EmbedderName = "dlib" | GraphEmbedderName;

export function isEmbedderName(s: string): s is EmbedderName {
  return (EMBEDDER_NAMES as readonly string[]).includes(s);
}
