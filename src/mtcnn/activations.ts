/**
 * One MTCNN network run layer by layer, keeping every layer's output, so a page can show what each
 * layer computes. The same layer functions as `pnet.ts`, `rnet.ts` and `onet.ts`, in the order of
 * `architecture.ts`'s layer lists, but the pools run apart from their convs (the detector fuses them
 * on WebGL) and the heads apart from each other (the detector joins them), so every block on the page
 * has its own tensor. Because the kernels were transposed at load (`weights.ts`), every map is
 * already the photo's way round: no transpose is needed to show it.
 */
import * as tf from "@tensorflow/tfjs-core";
import { NET_PARTS, type HeadKind } from "./architecture.js";
import { convPrelu, densePrelu, maxPool } from "./layers.js";
import type { NetName, NetWeights } from "./weights.js";

/** One layer's output for a batch, always 4-D: `[n, h, w, c]`, a dense layer's as `[n, 1, 1, units]`. */
export interface LayerActivation {
  /** The layer's name, as in `netLayers` (`conv1`, `pool1`, `conv4-1`, …). */
  name: string;
  /**
   * The output. For the face head this is the softmax of its two logits, [not face, face]: channel 1
   * is the face probability the detector thresholds, so the heads equal the net's usual outputs
   * (probability, box offsets and, for O-Net, the landmarks).
   */
  tensor: tf.Tensor4D;
  /** For the heads: what the layer predicts. */
  head?: HeadKind;
}

/** A dense layer on the flattened `x`, returned as `[n, 1, 1, units]`. */
function dense(x: tf.Tensor4D, w: NetWeights, name: string, prelu?: string): tf.Tensor4D {
  const n = x.shape[0];
  return tf.reshape(densePrelu(tf.reshape(x, [n, -1]), w, name, prelu), [n, 1, 1, -1]);
}

/**
 * Every layer's output of `net` on a normalised batch `input` `[n, h, w, 3]` (P-Net: any h, w ≥ 12;
 * R-Net 24×24; O-Net 48×48), in layer order, heads last. Runs in `tf.tidy`; the caller disposes the
 * returned tensors (`tf.dispose(activations.map((a) => a.tensor))`).
 */
export function netActivations(net: NetName, input: tf.Tensor4D, w: NetWeights): LayerActivation[] {
  const layers: Omit<LayerActivation, "tensor">[] = [];
  // tidy keeps the returned tensors (every layer's output) and frees the reshapes and logits between them
  const tensors = tf.tidy(() => {
    const out: tf.Tensor4D[] = [];
    let x = input;
    let pools = 0;
    for (const spec of NET_PARTS[net].trunk) {
      if (spec.kind === "pool") {
        x = maxPool(x, spec.size, spec.stride, spec.padding);
        layers.push({ name: `pool${++pools}` });
      } else {
        const prelu = `prelu${spec.name.slice(4)}`;
        x = spec.kind === "conv" ? convPrelu(x, w, spec.name, prelu) : dense(x, w, spec.name, prelu);
        layers.push({ name: spec.name });
      }
      out.push(x);
    }
    for (const [name, head] of NET_PARTS[net].heads) {
      const raw = net === "pnet" ? convPrelu(x, w, name) : dense(x, w, name);
      out.push(head === "face" ? tf.softmax(raw) : raw);
      layers.push({ name, head });
    }
    return out;
  });
  return layers.map((layer, i) => ({ ...layer, tensor: tensors[i] }));
}
