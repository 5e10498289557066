/**
 * Loads one of the graph-model embedders of `graphEmbedderSpecs.ts` (MobileFace, FaceRes) as an
 * `Embedder`: the tfjs model file and its weight shards through `read` (a folder on disk in Node, the
 * site's own URLs in a browser), the graph run by tfjs-converter, and the crop the network was trained
 * on (ArcFace's 112×112 five-point template, or FaceRes's loose box).
 */
import * as tf from "@tensorflow/tfjs-core";
import { loadGraphModel } from "@tensorflow/tfjs-converter";
import type { ModelFileReader } from "../core/types.js";
import { marginCrop } from "../align/marginCrop.js";
import { similarityWarp } from "../align/similarityWarp.js";
import type { Embedder } from "./embedder.js";
import { GRAPH_EMBEDDERS, type GraphEmbedderName, type GraphEmbedderSpec } from "./graphEmbedderSpecs.js";
import { modelEmbedder } from "./modelEmbedder.js";
import { describeNormalisation } from "./normalisation.js";
import { fuseClippedRelu } from "./fuseClippedRelu.js";

/** A graph embedder with its model card attached. */
export interface GraphEmbedder extends Embedder {
  readonly spec: GraphEmbedderSpec;
  /** Bytes of weights read (the shards), for comparing model sizes. */
  readonly weightBytes: number;
}

/** The model file and its shards, concatenated, as tfjs's in-memory model artifacts. */
async function readArtifacts(read: ModelFileReader, file: string): Promise<{ artifacts: tf.io.ModelArtifacts; bytes: number }> {
  const json = JSON.parse(new TextDecoder().decode(await read(file)));
  const manifest = json.weightsManifest as tf.io.WeightsManifestConfig;
  const shards = await Promise.all(manifest.flatMap((group) => group.paths).map((p) => read(p)));
  const bytes = shards.reduce((n, s) => n + s.byteLength, 0);
  const weightData = new Uint8Array(bytes);
  let at = 0;
  for (const s of shards) {
    weightData.set(new Uint8Array(s), at);
    at += s.byteLength;
  }
  const weightSpecs = manifest.flatMap((group) => group.weights);
  // Scalar constants, for the ReLU6 rewrite (decoded once here; the model decodes its own copy).
  const scalars = new Map<string, number>();
  const scalarSpecs = weightSpecs.filter((w) => w.shape.length === 0 && w.dtype === "float32");
  if (scalarSpecs.length > 0) {
    const decoded = tf.io.decodeWeights(weightData.buffer, weightSpecs);
    for (const w of scalarSpecs) scalars.set(w.name, decoded[w.name].dataSync()[0]);
    tf.dispose(Object.values(decoded));
  }
  fuseClippedRelu(json.modelTopology.node, (name) => scalars.get(name));
  const artifacts: tf.io.ModelArtifacts = {
    modelTopology: json.modelTopology,
    format: json.format,
    generatedBy: json.generatedBy,
    convertedBy: json.convertedBy,
    signature: json.signature,
    userDefinedMetadata: json.userDefinedMetadata,
    weightSpecs,
    weightData: weightData.buffer,
  };
  return { artifacts, bytes };
}

/** The embedder `name`, its files read through `read` (the folder `models/<name>/`). */
export async function loadGraphEmbedder(name: GraphEmbedderName, read: ModelFileReader): Promise<GraphEmbedder> {
  const spec = GRAPH_EMBEDDERS[name];
  if (!spec) throw new RangeError(`loadGraphEmbedder: no embedder called "${name}" (${Object.keys(GRAPH_EMBEDDERS).join(", ")})`);
  const { artifacts, bytes } = await readArtifacts(read, spec.modelFile);
  const model = await loadGraphModel(tf.io.fromMemory(artifacts));
  const inner = modelEmbedder(model, {
    inputSize: spec.inputSize,
    dimension: spec.dimension,
    normalisation: spec.normalisation,
    channels: spec.channels,
    output: spec.output,
    align: (pixels, face, size) =>
      spec.crop.kind === "arcface" ? similarityWarp(pixels, face.landmarks, { size }) : marginCrop(pixels, face.box, { size, margin: spec.crop.margin }),
  });
  const normalisation = spec.builtInNormalisation ? `${spec.builtInNormalisation} (inside the graph)` : describeNormalisation(spec.normalisation);
  return { ...inner, normalisation, spec, weightBytes: bytes };
}
