/**
 * Loads the MTCNN weights (TensorFlow.js weight manifests in `models/mtcnn/`) and re-lays them out
 * once so the networks can be fed images the right way round. The same code reads the float32
 * originals and the site's smaller copies in `models/mtcnn/web/` (scripts/quantizeMtcnn.ts): the
 * manifest says how each weight is stored; `tf.io.decodeWeights` widens float16 to float32, and
 * channelBytes.ts decodes the one-byte-per-value layout (a range per output channel) that tfjs lacks.
 *
 * Why the re-layout: the weights come from the authors' Caffe model, trained from MATLAB, which hands
 * Caffe images column-major — every net learned on *transposed* faces. The reference code transposes
 * each input and each output back. Transposing the kernels instead (HWIO → WHIO) is equivalent for
 * the convolutions and symmetric pools, and the first dense layer after a flatten gets its rows
 * permuted from (x, y, c) to (y, x, c) order. Cost: once at load time, never per image.
 */
import * as tf from "@tensorflow/tfjs-core";
import type { ModelFileReader } from "../core/types.js";
import { channelBytesLength, decodeChannelBytes } from "./channelBytes.js";

export type NetName = "pnet" | "rnet" | "onet";

/** A net's weights by layer name (`conv1/weights`, `prelu1/alpha`, …), already re-laid out. */
export type NetWeights = Map<string, tf.Tensor>;

/** The dense layer that follows the flatten, and the spatial side of the map it flattens. */
const FLATTENED: Record<NetName, { layer: string; side: number } | null> = {
  pnet: null, // fully convolutional
  rnet: { layer: "conv4", side: 3 }, // 3×3×64 → 128
  onet: { layer: "conv5", side: 3 }, // 3×3×128 → 256
};

/** Each net's output layers, joined into one `heads` layer at load (same inputs, outputs side by side). */
const HEADS: Record<NetName, string[]> = {
  pnet: ["conv4-1", "conv4-2"], // 1×1 convs: face logits (2), regression (4)
  rnet: ["conv5-1", "conv5-2"], // dense: face logits (2), regression (4)
  onet: ["conv6-1", "conv6-2", "conv6-3"], // dense: face logits (2), regression (4), landmarks (10)
};

type Manifest = tf.io.WeightsManifestConfig;
type Entry = tf.io.WeightsManifestEntry;

/** Bytes per value of the layouts tfjs decodes itself. */
const TFJS_BYTES: Record<string, number> = { float32: 4, int32: 4, float16: 2, uint16: 2, uint8: 1 };

/** The channel axis of an entry stored one byte per value with a range per channel (channelBytes.ts), else null. */
function channelAxis(entry: Entry): number | null {
  const axis = (entry.quantization as { axis?: unknown } | undefined)?.axis;
  if (axis === undefined) return null;
  if (entry.quantization?.dtype !== "uint8" || axis !== entry.shape.length - 1) {
    throw new Error(`MTCNN weights: ${entry.name}: per-channel storage is read only as uint8 along the last axis`);
  }
  return axis;
}

/** The bytes one manifest entry takes in its group's shards. */
export function entryByteLength(entry: Entry): number {
  const n = tf.util.sizeFromShape(entry.shape);
  const axis = channelAxis(entry);
  if (axis !== null) return channelBytesLength(n, entry.shape[axis]);
  const bytes = TFJS_BYTES[entry.quantization?.dtype ?? entry.dtype];
  if (bytes === undefined) throw new Error(`MTCNN weights: ${entry.name}: unknown storage ${entry.quantization?.dtype ?? entry.dtype}`);
  return n * bytes;
}

/**
 * Decodes one group's joined shards, weight by weight in manifest order: tfjs's `decodeWeights` for
 * what it knows (float32, float16, one range per tensor), channelBytes.ts for a range per channel.
 */
function decodeGroup(joined: ArrayBuffer, entries: Entry[]): tf.NamedTensorMap {
  const out: tf.NamedTensorMap = {};
  let offset = 0;
  for (const entry of entries) {
    const length = entryByteLength(entry);
    if (!(offset + length <= joined.byteLength)) throw new Error(`MTCNN weights: the shards end before ${entry.name} (${joined.byteLength} bytes)`);
    const axis = channelAxis(entry);
    if (axis === null) Object.assign(out, tf.io.decodeWeights(joined.slice(offset, offset + length), [entry]));
    else {
      const values = decodeChannelBytes(new Uint8Array(joined, offset, length), tf.util.sizeFromShape(entry.shape), entry.shape[axis]);
      out[entry.name] = tf.tensor(values, entry.shape, "float32");
    }
    offset += length;
  }
  if (offset !== joined.byteLength) throw new Error(`MTCNN weights: the manifest accounts for ${offset} bytes, the shards hold ${joined.byteLength}`);
  return out;
}

/** Reads `<net>-weights_manifest.json` and its shards into raw tensors keyed by manifest name. */
async function readRaw(net: NetName, read: ModelFileReader): Promise<tf.NamedTensorMap> {
  const manifestText = new TextDecoder().decode(await read(`${net}-weights_manifest.json`));
  const manifest = JSON.parse(manifestText) as Manifest;
  const out: tf.NamedTensorMap = {};
  try {
    for (const group of manifest) {
      const buffers = await Promise.all(group.paths.map((p) => read(p)));
      const joined = tf.io.concatenateArrayBuffers(buffers);
      // tidy: a group that fails halfway through decoding frees the tensors it already made.
      Object.assign(
        out,
        tf.tidy(() => decodeGroup(joined, group.weights)),
      );
    }
  } catch (error) {
    tf.dispose(out); // a later group failed: free the groups already decoded
    throw error;
  }
  return out;
}

/** Re-lays out one weight for untransposed input (see the header comment). */
function relayout(net: NetName, layer: string, kind: string, t: tf.Tensor): tf.Tensor {
  const flat = FLATTENED[net];
  if (kind === "weights" && t.rank === 4) return tf.transpose(t, [1, 0, 2, 3]); // HWIO → WHIO
  if (kind === "weights" && flat && layer === flat.layer) {
    const [inputs, units] = t.shape as [number, number];
    const channels = inputs / (flat.side * flat.side);
    return tf.reshape(tf.transpose(tf.reshape(t, [flat.side, flat.side, channels, units]), [1, 0, 2, 3]), [inputs, units]);
  }
  return t.clone();
}

/** Loads one net's weights, keyed without the net prefix and with lower-case layer names. */
export async function loadNetWeights(net: NetName, read: ModelFileReader): Promise<NetWeights> {
  const raw = await readRaw(net, read);
  const weights: NetWeights = new Map();
  try {
    for (const [name, tensor] of Object.entries(raw)) {
      const [, layer, kind] = name.split("/");
      const key = `${layer.toLowerCase()}/${kind}`;
      weights.set(
        key,
        tf.tidy(() => relayout(net, layer.toLowerCase(), kind, tensor)),
      );
    }
    joinHeads(net, weights);
    return weights;
  } catch (error) {
    disposeNetWeights(weights); // nothing half-built is left behind
    throw error;
  } finally {
    tf.dispose(raw);
  }
}

/**
 * Adds `heads/weights` and `heads/biases`: the net's output layers side by side (`HEADS`), so its
 * heads run as one kernel per level or batch instead of two or three (pnet.ts, rnet.ts and onet.ts
 * run them; heads.ts turns their raw output into probabilities). Joining twice replaces, never leaks.
 */
export function joinHeads(net: NetName, weights: NetWeights): void {
  for (const kind of ["weights", "biases"]) {
    const parts = HEADS[net].map((layer) => weight(weights, `${layer}/${kind}`));
    const joined = tf.concat(parts, parts[0].rank - 1);
    weights.get(`heads/${kind}`)?.dispose();
    weights.set(`heads/${kind}`, joined);
  }
}

/** Frees a net's weights. */
export function disposeNetWeights(weights: NetWeights): void {
  for (const t of weights.values()) t.dispose();
}

/** Looks up a weight, with an error naming the net file if it is missing. */
export function weight<R extends tf.Rank>(w: NetWeights, key: string): tf.Tensor<R> {
  const t = w.get(key);
  if (!t) throw new Error(`MTCNN weights: missing "${key}" (is the weights manifest complete?)`);
  return t as tf.Tensor<R>;
}
