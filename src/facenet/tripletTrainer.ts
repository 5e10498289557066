/**
 * Triplet-loss training of an embedding network, one mini-batch at a time, as facenet's
 * `train_tripletloss.py`: embed the batch, select triplets online (see {@link selectTriplets}), and
 * minimise mean([‖a − p‖² − ‖a − n‖² + α]₊) with Adam. One forward pass per step: the selection reads
 * the embeddings of the very pass whose gradients are taken. Inputs and outputs are plain arrays;
 * every tensor lives inside `tf.tidy`.
 */
import * as tf from "@tensorflow/tfjs-core";
// Needs tfjs's gradients registered: in the browser `facelab/train` (src/train.ts) does it; in Node
// the `@tensorflow/tfjs` package's bundle has them (tfjs-core's own registry is ES modules Node cannot load).
import type * as tfl from "@tensorflow/tfjs-layers";
import { seededRandom } from "../core/random.js";
import { activeTripletFraction, selectTriplets, squaredDistanceMatrix, type Triplet } from "./selectTriplets.js";
import { TRIPLET_MARGIN } from "./triplet.js";
import { DEFAULT_TRIPLET_NET, tripletNet, type TripletNetOptions } from "./tripletNet.js";

export interface TripletTrainerOptions extends TripletNetOptions {
  /** Margin α (paper §3.1; facenet's default 0.2). */
  margin: number;
  /** Adam's learning rate. */
  learningRate: number;
}

const DEFAULT_TRIPLET_TRAINER: TripletTrainerOptions = { ...DEFAULT_TRIPLET_NET, margin: TRIPLET_MARGIN, learningRate: 0.001 };

/** What one step measured, before its update. */
export interface TripletStep {
  /** Mean triplet loss over the selected triplets (0 when none was selected). */
  loss: number;
  /** Triplets selected (at most one per anchor–positive pair). */
  triplets: number;
  /** Share of all the batch's triplets with a non-zero loss. */
  activeFraction: number;
}

/**
 * `[indices.length, n]` one-hot rows: multiplying by it gathers rows of an `[n, d]` tensor. Used instead
 * of `tf.gather`, whose gradient (UnsortedSegmentSum) the wasm backend does not implement.
 */
function selector(indices: readonly number[], n: number): tf.Tensor2D {
  const m = new Float32Array(indices.length * n);
  indices.forEach((j, i) => {
    m[i * n + j] = 1;
  });
  return tf.tensor2d(m, [indices.length, n]);
}

export class TripletTrainer {
  readonly options: TripletTrainerOptions;
  readonly model: tfl.Sequential;
  private readonly optimizer: tf.AdamOptimizer;
  private readonly random: () => number;

  constructor(options: Partial<TripletTrainerOptions> = {}) {
    this.options = { ...DEFAULT_TRIPLET_TRAINER, ...options };
    this.model = tripletNet(this.options);
    this.optimizer = tf.train.adam(this.options.learningRate);
    this.random = seededRandom(this.options.seed);
  }

  private input(pixels: Float32Array, n: number): tf.Tensor4D {
    const { inputSize: s, channels: c } = this.options;
    if (pixels.length !== n * s * s * c) throw new Error(`TripletTrainer: ${pixels.length} values for ${n} faces of ${s}×${s}×${c}`);
    return tf.tensor4d(pixels, [n, s, s, c]);
  }

  /** One training step on a batch of normalised pixels `[n, size, size, channels]` with identity `labels`. */
  step(pixels: Float32Array, labels: readonly number[]): TripletStep {
    const { margin } = this.options;
    const vars = this.model.trainableWeights.map((w) => w.read() as tf.Variable);
    return tf.tidy(() => {
      const x = this.input(pixels, labels.length);
      let stats: TripletStep = { loss: 0, triplets: 0, activeFraction: 0 };
      const { value, grads } = tf.variableGrads(() => {
        const emb = this.model.apply(x, { training: true }) as tf.Tensor2D; // [n, d]
        const dist = squaredDistanceMatrix(emb.dataSync(), labels.length);
        const triplets = selectTriplets(dist, labels, this.random, margin);
        stats = { loss: 0, triplets: triplets.length, activeFraction: activeTripletFraction(dist, labels, margin) };
        if (!triplets.length) return tf.mul(tf.sum(emb), 0) as tf.Scalar; // keeps every variable connected
        const pick = (k: keyof Triplet) =>
          tf.matMul(
            selector(
              triplets.map((t) => t[k]),
              labels.length,
            ),
            emb,
          ); // [t, d]
        const a = pick("anchor");
        const dPos = tf.sum(tf.squaredDifference(a, pick("positive")), 1); // [t]
        const dNeg = tf.sum(tf.squaredDifference(a, pick("negative")), 1); // [t]
        return tf.mean(tf.relu(tf.add(tf.sub(dPos, dNeg), margin))) as tf.Scalar;
      }, vars);
      if (stats.triplets) this.optimizer.applyGradients(Object.entries(grads).map(([name, tensor]) => ({ name, tensor })));
      return { ...stats, loss: value.dataSync()[0] };
    });
  }

  /** Unit embeddings `[n × embeddingSize]` of normalised pixels `[n, size, size, channels]`. */
  embed(pixels: Float32Array, n: number): Float32Array {
    return tf.tidy(() => (this.model.predict(this.input(pixels, n)) as tf.Tensor).dataSync() as Float32Array);
  }

  dispose(): void {
    this.model.dispose();
    this.optimizer.dispose();
  }
}
