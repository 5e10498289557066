/**
 * The last op of facenet's training scripts, `embeddings = tf.nn.l2_normalize(prelogits, 1, 1e-10)`
 * (davidsandberg/facenet `train_softmax.py`, `train_tripletloss.py`): it puts each embedding on the
 * unit hypersphere (FaceNet paper §3, ‖f(x)‖₂ = 1). A frozen facenet model's `embeddings:0` output is
 * this tensor, so a converted model and {@link inceptionResnetV1} end in the same place. A custom
 * layer because tfjs layers has no Lambda layer; registered for (de)serialisation.
 */
import * as tf from "@tensorflow/tfjs-core";
import * as tfl from "@tensorflow/tfjs-layers";

/** TensorFlow's `l2_normalize` epsilon as facenet passes it: x / sqrt(max(Σx², 1e-10)). */
const L2_EPSILON = 1e-10;

/** `[n, d] → [n, d]` with every row scaled to unit Euclidean length. */
export class L2Normalize extends tfl.layers.Layer {
  static readonly className = "L2Normalize";

  constructor(args: { name?: string } = {}) {
    super({ name: args.name });
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
    return inputShape as tfl.Shape;
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0] : inputs; // [n, d]
      const sumSquares = tf.sum(tf.square(x), -1, true); // [n, 1]
      return tf.mul(x, tf.rsqrt(tf.maximum(sumSquares, L2_EPSILON)));
    });
  }
}
tf.serialization.registerClass(L2Normalize);
