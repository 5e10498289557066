// A live readout of tfjs memory: tensors alive and bytes held. Every page that runs models shows it,
// so a leak is visible as a number that keeps climbing.
import { msg } from "./i18n.js";
import * as tf from "@tensorflow/tfjs-core";

/** Updates twice a second until `invalidation` resolves (Framework's cell invalidation). */
export function tensorMeter(invalidation: Promise<unknown>): HTMLElement {
  const el = document.createElement("span");
  el.className = "tensor-meter";
  const update = () => {
    try {
      // Before the page has chosen a backend, tf.memory() would start the best registered one itself —
      // wasm, without the site's binary paths — so the meter waits for the page's choice.
      if (tf.engine().backendName == null) throw new Error("no backend yet");
      const m = tf.memory();
      el.textContent = msg.common.tensors(tf.getBackend(), m.numTensors, (m.numBytes / 2 ** 20).toFixed(1));
    } catch {
      // tf.memory() throws while the page's backend (e.g. wasm) is still starting: not an error, wait.
      el.textContent = msg.common.tfjsStarting;
    }
  };
  update();
  const timer = setInterval(update, 500);
  void invalidation.then(() => clearInterval(timer));
  return el;
}
