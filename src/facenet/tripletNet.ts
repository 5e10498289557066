/**
 * A deliberately small embedding CNN for training in the browser: three 3×3 conv + ReLU layers
 * (8, 16, 32 filters by default; {@link PatchConv2d}, which the wasm backend can train) with 2×2 max-pooling, a dense projection and {@link L2Normalize}, so the
 * output lies on the unit hypersphere as FaceNet's does (§3). Seeded initialisers make a run repeatable.
 */
import * as tfl from "@tensorflow/tfjs-layers";
import { L2Normalize } from "./l2Normalize.js";
import { PatchConv2d } from "./patchConv2d.js";

export interface TripletNetOptions {
  /** Side of the square input in pixels (the LFW sprite's cells are 32). */
  inputSize: number;
  /** Input channels (3 for RGB). */
  channels: number;
  /** Filters of the three conv layers. */
  filters: [number, number, number];
  /** Embedding dimension. */
  embeddingSize: number;
  /** Seed of the weight initialisers. */
  seed: number;
}

export const DEFAULT_TRIPLET_NET: TripletNetOptions = { inputSize: 32, channels: 3, filters: [8, 16, 32], embeddingSize: 64, seed: 1 };

/** `[n, size, size, channels] → [n, embeddingSize]`, rows of unit length. */
export function tripletNet(options: Partial<TripletNetOptions> = {}): tfl.Sequential {
  const o = { ...DEFAULT_TRIPLET_NET, ...options };
  const conv = (filters: number, k: number, inputShape?: number[]) =>
    new PatchConv2d({ filters, seed: o.seed * 101 + k, ...(inputShape ? { inputShape } : {}) });
  const pool = () => tfl.layers.maxPooling2d({ poolSize: 2 });
  return tfl.sequential({
    layers: [
      conv(o.filters[0], 0, [o.inputSize, o.inputSize, o.channels]),
      pool(), // [n, s/2, s/2, f0]
      conv(o.filters[1], 1),
      pool(), // [n, s/4, s/4, f1]
      conv(o.filters[2], 2),
      pool(), // [n, s/8, s/8, f2]
      tfl.layers.flatten(), // [n, s²/64 · f2]
      tfl.layers.dense({ units: o.embeddingSize, kernelInitializer: tfl.initializers.glorotUniform({ seed: o.seed * 101 + 3 }) }),
      new L2Normalize(), // [n, embeddingSize], unit rows
    ],
  });
}
