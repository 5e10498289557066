/**
 * A 3×3 "same" convolution written as im2col + matrix product: the nine shifted views of the padded
 * input are concatenated along channels, `[n·h·w, 9c]`, and multiplied by a `[9c, filters]` kernel.
 * Why not `tf.layers.conv2d`: the wasm backend (tfjs 4.22) has no `Conv2DBackpropFilter` kernel, so a
 * conv layer cannot be trained there; slice, pad, concat and matMul all have wasm gradients. The
 * result equals conv2d with a kernel reshaped from `[3, 3, c, f]` to `[9c, f]` (row = (dy·3 + dx)·c + ch).
 */
import * as tf from "@tensorflow/tfjs-core";
import * as tfl from "@tensorflow/tfjs-layers";

export interface PatchConv2dArgs {
  filters: number;
  /** Seed of the He-normal kernel initialiser. */
  seed: number;
  inputShape?: number[];
  name?: string;
}

/** `[n, h, w, c] → [n, h, w, filters]`, ReLU-activated. */
export class PatchConv2d extends tfl.layers.Layer {
  static readonly className = "PatchConv2d";
  private kernel: tfl.LayerVariable | null = null; // [9c, filters]
  private bias: tfl.LayerVariable | null = null; // [filters]

  constructor(private readonly args: PatchConv2dArgs) {
    super({ ...(args.inputShape ? { inputShape: args.inputShape } : {}), ...(args.name ? { name: args.name } : {}) });
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const c = (inputShape as tfl.Shape)[3] as number;
    this.kernel = this.addWeight("kernel", [9 * c, this.args.filters], "float32", tfl.initializers.heNormal({ seed: this.args.seed }));
    this.bias = this.addWeight("bias", [this.args.filters], "float32", tfl.initializers.zeros());
    this.built = true;
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
    const s = inputShape as tfl.Shape;
    return [s[0], s[1], s[2], this.args.filters];
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const x = (Array.isArray(inputs) ? inputs[0] : inputs) as tf.Tensor4D; // [n, h, w, c]
      const [n, h, w, c] = x.shape;
      const padded = tf.pad(x, [
        [0, 0],
        [1, 1],
        [1, 1],
        [0, 0],
      ]); // [n, h+2, w+2, c]
      const views: tf.Tensor4D[] = [];
      for (let dy = 0; dy < 3; dy++) for (let dx = 0; dx < 3; dx++) views.push(tf.slice(padded, [0, dy, dx, 0], [n, h, w, c]));
      const cols = tf.reshape(tf.concat(views, 3), [n * h * w, 9 * c]); // [n·h·w, 9c]
      const out = tf.add(tf.matMul(cols, this.kernel!.read()), this.bias!.read()); // [n·h·w, filters]
      return tf.reshape(tf.relu(out), [n, h, w, this.args.filters]);
    });
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), filters: this.args.filters, seed: this.args.seed };
  }
}
tf.serialization.registerClass(PatchConv2d);
