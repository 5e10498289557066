/**
 * The residual connection of facenet's Inception-ResNet blocks, `net + scale · up`
 * (davidsandberg/facenet `src/models/inception_resnet_v1.py`, `block35`/`block17`/`block8`:
 * `net += scale * up`). tfjs layers has no Lambda layer, so the scaled sum is a small custom layer;
 * it is registered for (de)serialisation so a saved model reloads. The scaling (0.17, 0.10, 0.20)
 * is Szegedy et al. 2016's (arXiv:1602.07261, §3.3) remedy for unstable training of wide residual
 * Inception networks.
 */
import * as tf from "@tensorflow/tfjs-core";
import * as tfl from "@tensorflow/tfjs-layers";

/** Options of {@link ScaledResidual}: a tfjs layer's options plus the residual scale. */
export interface ScaledResidualArgs {
  /** Multiplier of the residual branch (`up`) before it is added to the shortcut (`net`). */
  scale: number;
  /** Layer name (facenet scope names are used, e.g. `…/block35_1/add`). */
  name?: string;
}

/** `[net, up] → net + scale · up`, both inputs of one shape. */
export class ScaledResidual extends tfl.layers.Layer {
  static readonly className = "ScaledResidual";
  readonly scale: number;

  constructor(args: ScaledResidualArgs) {
    super({ name: args.name });
    this.scale = args.scale;
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
    return (inputShape as tfl.Shape[])[0];
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const [net, up] = inputs as tf.Tensor[];
      return tf.add(net, tf.mul(up, this.scale));
    });
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), scale: this.scale };
  }
}
tf.serialization.registerClass(ScaledResidual);
