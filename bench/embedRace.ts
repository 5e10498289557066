/**
 * facelab's dlib ResNet against @vladmandic/face-api's `computeFaceDescriptor` on the same aligned
 * 150×150 crops, same tfjs engine and backend: a warm-up call each, then `rounds` interleaved rounds
 * of one-at-a-time and batched embedding; ms per face. Shared by the Node (bench/embed.ts) and the
 * Chromium (bench/browser) benchmarks.
 */
import * as tf from "@tensorflow/tfjs";
import type { Pixels } from "../src/core/types.js";
import { median } from "../src/math/statistics.js";

/** The part of facelab's DlibEmbedder the race uses. */
export interface OurEmbedder {
  embed(faces: readonly Pixels[]): Promise<unknown>;
}

/** The part of face-api's FaceRecognitionNet the race uses. */
export interface PeerRecognitionNet {
  computeFaceDescriptor(input: tf.Tensor3D | tf.Tensor3D[]): Promise<Float32Array | Float32Array[]>;
}

const KINDS = ["oursSingle", "theirsSingle", "oursBatch", "theirsBatch"] as const;
export type EmbedKind = (typeof KINDS)[number];

async function msPerFace(n: number, f: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await f();
  return (performance.now() - t0) / n;
}

/** Runs the race on `crops`; medians, min/max and the facelab / face-api ratios. */
export async function embedTimings(ours: OurEmbedder, theirs: PeerRecognitionNet, crops: Pixels[], rounds: number) {
  const toTensor = (c: Pixels) => tf.tensor3d(Float32Array.from(c.data), [c.height, c.width, 3]);
  const run: Record<EmbedKind, () => Promise<unknown>> = {
    oursSingle: async () => {
      for (const c of crops) await ours.embed([c]);
    },
    theirsSingle: async () => {
      for (const c of crops) {
        const input = toTensor(c);
        await theirs.computeFaceDescriptor(input);
        input.dispose();
      }
    },
    oursBatch: () => ours.embed(crops),
    theirsBatch: async () => {
      // face-api takes a batch as an array of images (a 4-D tensor only with batch size 1).
      const batch = crops.map(toTensor);
      await theirs.computeFaceDescriptor(batch);
      batch.forEach((t) => t.dispose());
    },
  };
  const warmup = Object.fromEntries(await sequence(KINDS.map((k) => async () => [k, await msPerFace(crops.length, run[k])]))) as Record<EmbedKind, number>;
  const runs = Object.fromEntries(KINDS.map((k) => [k, [] as number[]])) as Record<EmbedKind, number[]>;
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? KINDS : [...KINDS].reverse();
    for (const k of order) runs[k].push(await msPerFace(crops.length, run[k]));
  }
  const stat = (k: EmbedKind) => ({ median: median(runs[k]), min: Math.min(...runs[k]), max: Math.max(...runs[k]) });
  const stats = Object.fromEntries(KINDS.map((k) => [k, stat(k)])) as Record<EmbedKind, ReturnType<typeof stat>>;
  return {
    faces: crops.length,
    rounds,
    warmup,
    runs,
    stats,
    ratios: {
      single: stats.oursSingle.median / stats.theirsSingle.median,
      batched: stats.oursBatch.median / stats.theirsBatch.median,
      oursBatchedVsTheirsSingle: stats.oursBatch.median / stats.theirsSingle.median,
    },
  };
}

/** Runs the thunks one after another. */
async function sequence<T>(thunks: (() => Promise<T>)[]): Promise<T[]> {
  const out: T[] = [];
  for (const t of thunks) out.push(await t());
  return out;
}
