// One layer's activation for one input, computed live: the network runs layer by layer on the
// page's backend (Mtcnn.activations), the chosen layer is read back once and every tensor freed.
import * as tf from "@tensorflow/tfjs-core";
import type { Mtcnn } from "facelab";
import type { NetInput } from "./netInput.js";

/** A layer's output for one input: `[h, w, c]` values, row-major, and their range. */
export interface LayerMaps {
  name: string;
  shape: [number, number, number];
  data: Float32Array;
  min: number;
  max: number;
}

/** The output of layer `name` (or the input itself for "input") of `input.net` on `input`. */
export async function layerMaps(mtcnn: Mtcnn, input: NetInput, name: string): Promise<LayerMaps> {
  let data = input.data;
  let shape: [number, number, number] = [input.height, input.width, 3];
  if (name !== "input") {
    const x = tf.tensor4d(input.data, [1, input.height, input.width, 3]);
    const acts = mtcnn.activations(input.net, x);
    try {
      const act = acts.find((a) => a.name === name);
      if (!act) throw new Error(`no layer ${name} in ${input.net}`);
      const [, h, w, c] = act.tensor.shape;
      shape = [h, w, c];
      data = (await act.tensor.data()) as Float32Array;
    } finally {
      tf.dispose([x, ...acts.map((a) => a.tensor)]);
    }
  }
  let min = Infinity;
  let max = -Infinity;
  for (const v of data) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { name, shape, data, min, max };
}
